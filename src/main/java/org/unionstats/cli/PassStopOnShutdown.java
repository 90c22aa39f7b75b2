package org.unionstats.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import org.unionstats.ingest.IngestLauncher;

/**
 * The {@code ingest} command's shutdown hook: on SIGTERM or Ctrl+C it stops the running
 * pass through {@link JobOperator#stop}, waits for the command to see the pass end and
 * close the application, and only then lets the JVM go. Closing the context at once (what
 * Spring Boot's own hook does) would close the connection pool under the running job and
 * leave its execution STARTED for ever.
 */
final class PassStopOnShutdown {

	private static final Logger logger = LoggerFactory.getLogger(PassStopOnShutdown.class);

	private static final String JOB_NAME = "ingest";

	/** The step that sleeps through the quiet time before claiming files. */
	private static final String QUIET_TIME_STEP = "claimFiles";

	/** How long a stopped pass may take to reach a step boundary. */
	static final Duration BOUND = Duration.ofSeconds(30);

	private final ConfigurableApplicationContext context;

	private final Thread passThread;

	private final Thread hook;

	private final CountDownLatch closed = new CountDownLatch(1);

	private volatile boolean requested;

	private PassStopOnShutdown(ConfigurableApplicationContext context, Thread passThread) {
		this.context = context;
		this.passThread = passThread;
		this.hook = new Thread(this::stopAndAwait, "ingest-shutdown");
	}

	/** Installs the hook for a pass run by the calling thread. */
	static PassStopOnShutdown install(ConfigurableApplicationContext context) {
		PassStopOnShutdown stop = new PassStopOnShutdown(context, Thread.currentThread());
		Runtime.getRuntime().addShutdownHook(stop.hook);
		return stop;
	}

	/** Whether a stop was asked for (the JVM is shutting down). */
	boolean requested() {
		return this.requested;
	}

	/**
	 * Closes the application, then lets a waiting shutdown hook return. Called by the
	 * command's thread once the pass is over, whether or not a stop was asked for.
	 */
	void closeContext() {
		try {
			this.context.close();
		}
		finally {
			this.closed.countDown();
			removeHook();
		}
	}

	private void removeHook() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// The JVM is shutting down: the hook is running, nothing to remove.
		}
	}

	private void stopAndAwait() {
		this.requested = true;
		if (this.context.isActive()) {
			stopRunningPasses();
		}
		try {
			if (!this.closed.await(BOUND.toSeconds(), TimeUnit.SECONDS)) {
				logger.warn("The ingest pass did not stop within {} s; closing anyway", BOUND.toSeconds());
				this.context.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void stopRunningPasses() {
		try {
			JobOperator jobOperator = this.context.getBean(JobOperator.class);
			IngestLauncher launcher = this.context.getBean(IngestLauncher.class);
			for (JobExecution execution : this.context.getBean(JobRepository.class)
				.findRunningJobExecutions(JOB_NAME)) {
				if (launcher.runsHere(execution)) {
					stop(jobOperator, execution);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not stop the running ingest pass: {}", ex.toString());
		}
	}

	private void stop(JobOperator jobOperator, JobExecution execution) {
		try {
			// The steps see STOPPING at their next chunk boundary and end STOPPED.
			jobOperator.stop(execution);
		}
		catch (JobExecutionNotRunningException ex) {
			return;
		}
		if (inQuietTime(execution)) {
			// A tasklet is asked to stop only at its end, and the quiet time may be
			// minutes
			// long: the interrupt ends the sleep (no file is claimed) and the step then
			// sees the interrupt and stops. Other steps are left to their chunk
			// boundaries, where an interrupt could fail a file instead of stopping.
			// TaskletStep logs the interrupt it meets as an error; it is ours, the
			// command
			// says in one line that the pass stopped.
			this.context.getBeanProvider(LoggingSystem.class)
				.ifAvailable((logging) -> logging.setLogLevel(TaskletStep.class.getName(), LogLevel.OFF));
			this.passThread.interrupt();
		}
	}

	private static boolean inQuietTime(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> step.getStatus().isRunning() && QUIET_TIME_STEP.equals(step.getStepName()));
	}

}

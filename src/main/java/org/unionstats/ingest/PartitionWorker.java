package org.unionstats.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import org.unionstats.cluster.NodeLease;

/**
 * This {@code serve} node's share of other passes' work: takes partitions from the
 * channel, on as many threads as {@code unionstats.workers}, and runs each with the
 * pass's own worker step ({@code stageSubmission}, {@code decideSubmission},
 * {@code publishSubmission}), recording first which node took it. A partition of a pass
 * that is over, or whose node died, is not run: that pass's files are the next pass's.
 */
class PartitionWorker implements MessageHandler, SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PartitionWorker.class);

	private final JobRepository jobRepository;

	private final StepLocator steps;

	private final NodeLease lease;

	private final JdbcClient jdbc;

	private final ThreadPoolExecutor dispatchers;

	private @Nullable PostgresSubscribableChannel channel;

	private volatile boolean running;

	PartitionWorker(JobRepository jobRepository, StepLocator steps, NodeLease lease, JdbcClient jdbc, int workers) {
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.lease = lease;
		this.jdbc = jdbc;
		// A notice arriving while every thread is busy and as many more wait is dropped:
		// a thread keeps taking messages until none is left.
		this.dispatchers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(workers), new CustomizableThreadFactory("partition-worker-"),
				new ThreadPoolExecutor.DiscardPolicy());
		this.dispatchers.allowCoreThreadTimeOut(true);
	}

	/** The threads the channel runs partitions on. */
	Executor dispatchers() {
		return this.dispatchers;
	}

	void listenTo(PostgresSubscribableChannel channel) {
		this.channel = channel;
	}

	@Override
	public void handleMessage(Message<?> message) {
		StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null || !isForALivePass(partition)) {
			logger.info("Skipped partition {}: its pass is over or its node is gone", request.getStepExecutionId());
			return;
		}
		taken(partition);
		Step step = this.steps.getStep(request.getStepName());
		try {
			step.execute(partition);
		}
		catch (JobInterruptedException ex) {
			partition.setStatus(BatchStatus.STOPPED);
			this.jobRepository.update(partition);
		}
		catch (Throwable ex) {
			partition.addFailureException(ex);
			partition.setStatus(BatchStatus.FAILED);
			this.jobRepository.update(partition);
		}
	}

	private boolean isForALivePass(StepExecution partition) {
		JobExecution pass = partition.getJobExecution();
		Long passLease = pass.getJobParameters().getLong(NodeLease.JOB_PARAMETER);
		return partition.getStatus() == BatchStatus.STARTING && pass.isRunning() && passLease != null
				&& this.lease.isAlive(passLease.intValue());
	}

	/** Records this node as the partition's, before it runs. */
	private void taken(StepExecution partition) {
		this.jdbc.sql("""
				INSERT INTO ops.partition_worker (step_execution_id, worker_lease, worker)
				VALUES (:id, :lease, :worker)""")
			.param("id", partition.getId())
			.param("lease", this.lease.id())
			.param("worker", this.lease.description())
			.update();
	}

	@Override
	public void start() {
		if (this.channel != null) {
			this.channel.subscribe(this);
		}
		this.running = true;
	}

	/**
	 * Takes no more partitions, and lets the running ones finish (at most 30 s, within
	 * the graceful stop); a partition cut short is the next pass's.
	 */
	@Override
	public void stop() {
		if (this.channel != null) {
			this.channel.unsubscribe(this);
		}
		this.dispatchers.shutdown();
		try {
			this.dispatchers.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

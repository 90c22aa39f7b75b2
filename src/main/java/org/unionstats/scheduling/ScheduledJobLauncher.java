package org.unionstats.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import org.unionstats.cluster.ClusterJobLock;
import org.unionstats.cluster.NodeLease;

/**
 * Starts a Spring Batch job for one scheduled firing, on this node only when no other
 * node or command is running the same job.
 */
@Component
class ScheduledJobLauncher {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledJobLauncher.class);

	private final JobOperator jobOperator;

	private final List<Job> jobs;

	private final ClusterJobLock lock;

	private final MeterRegistry meters;

	private final NodeLease lease;

	ScheduledJobLauncher(JobOperator jobOperator, List<Job> jobs, ClusterJobLock lock, MeterRegistry meters,
			NodeLease lease) {
		this.jobOperator = jobOperator;
		this.jobs = jobs;
		this.lock = lock;
		this.meters = meters;
		this.lease = lease;
	}

	void launch(String scheduleId, String jobName, Map<String, String> parameters, Instant scheduledFireTime) {
		Job job = this.jobs.stream()
			.filter((candidate) -> candidate.getName().equals(jobName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No batch job named '" + jobName + "' on this node"));
		Optional<ClusterJobLock.Held> held = this.lock.tryAcquire(jobName);
		if (held.isEmpty()) {
			logger.info("Skipped '{}' fired for {}: job {} is already running", scheduleId, scheduledFireTime, jobName);
			this.meters.counter("unionstats.schedule.skipped", "job", jobName).increment();
			return;
		}
		try (ClusterJobLock.Held ignored = held.get()) {
			run(job, parameters(parameters, scheduledFireTime, this.lease.id()));
		}
	}

	private void run(Job job, JobParameters parameters) {
		try {
			JobExecution execution = this.jobOperator.start(job, parameters);
			logger.info("Job {} {} ({} -> {}): {}", job.getName(), execution.getStatus(), execution.getStartTime(),
					execution.getEndTime(), execution.getExitStatus().getExitCode());
		}
		catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException ex) {
			// The same firing already ran elsewhere: its fire time identifies the
			// instance.
			logger.info("Job {} not started: {}", job.getName(), ex.getMessage());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start job " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private static JobParameters parameters(Map<String, String> parameters, Instant scheduledFireTime, int lease) {
		JobParametersBuilder builder = new JobParametersBuilder();
		parameters.forEach(builder::addString);
		builder.addLocalDateTime(JobCatalogueReader.FIRE_TIME,
				LocalDateTime.ofInstant(scheduledFireTime, ZoneId.systemDefault()));
		builder.addLong(NodeLease.JOB_PARAMETER, (long) lease, false);
		return builder.toJobParameters();
	}

}

package org.unionstats.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import org.unionstats.cluster.NodeLease;
import org.unionstats.cluster.PartitionChannel;

/**
 * Watches, while a pass waits for its partitions on other nodes, for partitions no node
 * will finish: taken by a node whose lease died, or taken by a node that died before it
 * could even record that it had (the message is deleted as it is taken, so the message is
 * gone: no message waits in the channel, and the partition has no node, at two looks in a
 * row). Such a partition is marked failed, so that the pass stops waiting and fails, and
 * the next pass redoes its files.
 */
class LostPartitions implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(LostPartitions.class);

	static final String NODE_LOST_CODE = "NODE_LOST";

	private final String workerStep;

	private final JobRepository jobRepository;

	private final JdbcClient jdbc;

	private final NodeLease lease;

	private final Duration interval;

	private @Nullable ScheduledExecutorService watch;

	/** Partitions without a node at the last look, when no message was waiting. */
	private Set<Long> unclaimedAtLastLook = Set.of();

	LostPartitions(String workerStep, JobRepository jobRepository, JdbcClient jdbc, NodeLease lease,
			Duration interval) {
		this.workerStep = workerStep;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.lease = lease;
		this.interval = interval;
	}

	@Override
	public void beforeStep(StepExecution manager) {
		this.unclaimedAtLastLook = Set.of();
		this.watch = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("lost-partitions-"));
		long millis = Math.max(this.interval.toMillis(), 1000) * 3;
		this.watch.scheduleWithFixedDelay(() -> look(manager.getJobExecutionId()), millis, millis,
				TimeUnit.MILLISECONDS);
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution manager) {
		if (this.watch != null) {
			this.watch.shutdownNow();
			this.watch = null;
		}
		return null;
	}

	private void look(long jobExecutionId) {
		try {
			List<Running> running = this.jdbc.sql("""
					SELECT s.step_execution_id, w.worker_lease
					FROM batch_step_execution s
					LEFT JOIN ops.partition_worker w USING (step_execution_id)
					WHERE s.job_execution_id = :job AND s.step_name LIKE :worker
					  AND s.status IN ('STARTING', 'STARTED')""")
				.param("job", jobExecutionId)
				.param("worker", this.workerStep + ":%")
				.query((rs, row) -> new Running(rs.getLong(1), (Integer) rs.getObject(2)))
				.list();
			boolean noneWaiting = this.jdbc.sql("SELECT NOT EXISTS (SELECT FROM int_channel_message WHERE region = :r)")
				.param("r", PartitionChannel.REGION)
				.query(Boolean.class)
				.single();
			Set<Long> unclaimed = new HashSet<>();
			for (Running partition : running) {
				if (partition.workerLease() == null) {
					if (noneWaiting && this.unclaimedAtLastLook.contains(partition.stepExecutionId())) {
						fail(partition.stepExecutionId(), "taken by a node that died before it started");
					}
					else if (noneWaiting) {
						unclaimed.add(partition.stepExecutionId());
					}
				}
				else if (!this.lease.isAlive(partition.workerLease())) {
					fail(partition.stepExecutionId(), "its node (lease " + partition.workerLease() + ") died");
				}
			}
			this.unclaimedAtLastLook = unclaimed;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for lost partitions: {}", ex.toString());
		}
	}

	private void fail(long stepExecutionId, String why) {
		StepExecution partition = this.jobRepository.getStepExecution(stepExecutionId);
		if (partition == null || !partition.getStatus().isRunning()) {
			return;
		}
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(new ExitStatus(NODE_LOST_CODE, "partition lost: " + why + "; the next pass redoes it"));
		partition.setEndTime(LocalDateTime.now());
		try {
			this.jobRepository.update(partition);
			logger.warn("Partition {} lost: {}; the next pass redoes its files", partition.getStepName(), why);
		}
		catch (OptimisticLockingFailureException ex) {
			// Its node was alive after all and moved it on.
		}
	}

	private record Running(long stepExecutionId, @Nullable Integer workerLease) {
	}

}

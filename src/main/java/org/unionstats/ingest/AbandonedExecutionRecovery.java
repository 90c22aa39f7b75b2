package org.unionstats.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.cluster.ClusterProperties;
import org.unionstats.cluster.NodeLease;
import org.unionstats.support.IndependentTransactions;

/**
 * Marks as failed the ingest executions that a dead process left {@code STARTED}, so that
 * the job repository tells the truth; their files are recovered by the next pass's claim
 * step.
 */
@Component
class AbandonedExecutionRecovery {

	private static final Logger logger = LoggerFactory.getLogger(AbandonedExecutionRecovery.class);

	private final JdbcClient jdbc;

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final NodeLease lease;

	private final IndependentTransactions transactions;

	private final ClusterProperties cluster;

	AbandonedExecutionRecovery(JdbcClient jdbc, JobRepository jobRepository, JobOperator jobOperator, NodeLease lease,
			IndependentTransactions transactions, ClusterProperties cluster) {
		this.cluster = cluster;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.lease = lease;
		this.transactions = transactions;
	}

	void recover() {
		List<Owned> running = this.jdbc
			.sql("""
					SELECT e.job_execution_id, p.parameter_value
					FROM batch_job_execution e
					JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
					JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = :lease
					WHERE i.job_name = :job AND e.status IN ('STARTING', 'STARTED', 'STOPPING')""")
			.param("lease", NodeLease.JOB_PARAMETER)
			.param("job", IngestJobConfiguration.JOB_NAME)
			.query((rs, row) -> new Owned(rs.getLong(1), Integer.parseInt(rs.getString(2))))
			.list();
		for (Owned owned : running) {
			if (owned.lease() != this.lease.id() && !this.lease.isAlive(owned.lease())) {
				// Read once its partitions are over: they move its step executions on.
				awaitPartitionsOnLiveNodes(owned.executionId());
				JobExecution execution = this.jobRepository.getJobExecution(owned.executionId());
				if (execution != null) {
					recover(execution);
				}
			}
		}
	}

	/**
	 * Waits (at most the partition timeout) until no live node runs a partition of the
	 * dead execution: with remote partitioning, other nodes may still be staging or
	 * deciding its files, and its claims are dropped or taken over only once they are
	 * done. A node takes no new partition of a pass whose node is dead.
	 */
	private void awaitPartitionsOnLiveNodes(long executionId) {
		long deadline = System.nanoTime() + this.cluster.partitionTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			List<Integer> workers = this.jdbc.sql("""
					SELECT DISTINCT w.worker_lease
					FROM batch_step_execution s JOIN ops.partition_worker w USING (step_execution_id)
					WHERE s.job_execution_id = :execution AND s.status IN ('STARTING', 'STARTED')""")
				.param("execution", executionId)
				.query(Integer.class)
				.list();
			if (workers.stream().noneMatch(this.lease::isAlive)) {
				return;
			}
			logger.info("Waiting for other nodes to finish their partitions of ingest execution {}", executionId);
			try {
				Thread.sleep(Math.max(this.cluster.pollInterval().toMillis(), 100));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * In a transaction of its own, committed at once: the claim step that calls this may
	 * take a while, and must not hold the dead execution's rows meanwhile.
	 */
	private void recover(JobExecution execution) {
		try {
			this.transactions.run(() -> this.jobOperator.recover(execution));
			logger.info("Marked ingest execution {} of a dead process as failed", execution.getId());
		}
		catch (OptimisticLockingFailureException ex) {
			logger.info("Ingest execution {} of a dead process was recovered by another pass", execution.getId());
		}
	}

	private record Owned(long executionId, int lease) {
	}

}

package org.unionstats.ingest;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.cluster.ClusterProperties;
import org.unionstats.cluster.NodeLease;

/**
 * Partitioned steps whose partitions go to every {@code serve} node through the
 * PostgreSQL channel; the step polls the job repository until each partition, wherever it
 * ran, is over (no reply channel).
 */
class RemotePartitions {

	private final PostgresSubscribableChannel channel;

	private final JobRepository jobRepository;

	private final JdbcClient jdbc;

	private final NodeLease lease;

	private final ClusterProperties cluster;

	RemotePartitions(PostgresSubscribableChannel channel, JobRepository jobRepository, JdbcClient jdbc, NodeLease lease,
			ClusterProperties cluster) {
		this.channel = channel;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.lease = lease;
		this.cluster = cluster;
	}

	PartitionStepBuilder on(StepBuilder step, Partitioner partitioner, Step worker, int gridSize) {
		MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
		handler.setStepName(worker.getName());
		handler.setGridSize(gridSize);
		handler.setJobRepository(this.jobRepository);
		handler.setMessagingOperations(new MessagingTemplate(this.channel));
		handler.setPollInterval(this.cluster.pollInterval().toMillis());
		handler.setTimeout(this.cluster.partitionTimeout().toMillis());
		try {
			handler.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return step.partitioner(worker.getName(), partitioner)
			.partitionHandler(handler)
			.listener(new LostPartitions(worker.getName(), this.jobRepository, this.jdbc, this.lease,
					this.cluster.pollInterval()));
	}

}

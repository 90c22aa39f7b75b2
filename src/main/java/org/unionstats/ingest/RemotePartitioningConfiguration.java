package org.unionstats.ingest;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UnionStatsProperties;
import org.unionstats.cluster.ClusterProperties;
import org.unionstats.cluster.NodeLease;
import org.unionstats.cluster.PartitionChannel;

/**
 * Remote partitioning, in {@code serve} with
 * {@code unionstats.cluster.remote-partitioning=true}: the partitions of a pass go
 * through the PostgreSQL channel, and this node's workers take the partitions of every
 * node's passes. Without it (and in every one-shot command) a pass runs its partitions on
 * its own threads.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
@ConditionalOnBooleanProperty(ClusterProperties.REMOTE_PARTITIONING)
class RemotePartitioningConfiguration {

	@Bean
	JdbcChannelMessageStore partitionMessageStore(DataSource dataSource) {
		return PartitionChannel.messageStore(dataSource);
	}

	@Bean
	PostgresChannelMessageTableSubscriber partitionSubscriber(DataSource dataSource) {
		return PartitionChannel.subscriber(dataSource);
	}

	@Bean
	PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactory beanFactory, NodeLease lease,
			JdbcClient jdbc, UnionStatsProperties properties) {
		BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
		steps.setBeanFactory(beanFactory);
		return new PartitionWorker(jobRepository, steps, lease, jdbc, properties.workers());
	}

	@Bean
	PostgresSubscribableChannel partitionChannel(JdbcChannelMessageStore partitionMessageStore,
			PostgresChannelMessageTableSubscriber partitionSubscriber, PartitionWorker partitionWorker) {
		PostgresSubscribableChannel channel = PartitionChannel.channel(partitionMessageStore, partitionSubscriber,
				partitionWorker.dispatchers());
		partitionWorker.listenTo(channel);
		return channel;
	}

	@Bean
	RemotePartitions remotePartitions(PostgresSubscribableChannel partitionChannel, JobRepository jobRepository,
			JdbcClient jdbc, NodeLease lease, ClusterProperties cluster) {
		return new RemotePartitions(partitionChannel, jobRepository, jdbc, lease, cluster);
	}

}

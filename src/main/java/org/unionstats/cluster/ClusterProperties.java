package org.unionstats.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nodes sharing one database, under {@code unionstats.cluster.*}.
 *
 * @param remotePartitioning whether the files of a pass run by {@code serve} are worked
 * on by every {@code serve} node (PostgreSQL as the channel) instead of by the threads of
 * the node running the pass alone; one-shot commands always use their own threads
 * @param pollInterval how often the node running a pass looks at the job repository for
 * its partitions' progress, and for partitions whose node died
 * @param partitionTimeout the longest a partitioned step of a pass waits for its
 * partitions before it fails (the pass is then redone by the next one)
 */
@ConfigurationProperties("unionstats.cluster")
public record ClusterProperties(@DefaultValue("false") boolean remotePartitioning,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2h") Duration partitionTimeout) {

	/** The property that switches remote partitioning on. */
	public static final String REMOTE_PARTITIONING = "unionstats.cluster.remote-partitioning";

}

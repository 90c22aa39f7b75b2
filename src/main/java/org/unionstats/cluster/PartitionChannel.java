package org.unionstats.cluster;

import java.sql.DriverManager;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.jdbc.PgConnection;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.jdbc.channel.PgConnectionSupplier;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

/**
 * The channel carrying partitions of a pass to the workers of every {@code serve} node: a
 * table (Spring Integration's JDBC channel message store), and PostgreSQL's LISTEN/NOTIFY
 * to tell each node at once that a message is waiting. No broker: the database every node
 * already shares is the channel.
 */
public final class PartitionChannel {

	/** The message store's region and group: one channel, the ingest partitions. */
	public static final String REGION = "unionstats";

	static final String GROUP = "ingest-partitions";

	private PartitionChannel() {
	}

	/** The store the messages are written to and taken from (deleted as taken). */
	public static JdbcChannelMessageStore messageStore(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion(REGION);
		// Deserialised from the table: only a partition request in a plain message.
		store.addAllowedPatterns(StepExecutionRequest.class.getName(), GenericMessage.class.getName(),
				MessageHeaders.class.getName(), "java.lang.*", "java.util.*");
		return store;
	}

	/**
	 * Listens for new messages on a connection of its own, outside the pool: it is held
	 * for the life of the node.
	 */
	public static PostgresChannelMessageTableSubscriber subscriber(DataSource dataSource) {
		HikariDataSource hikari = (HikariDataSource) dataSource;
		PgConnectionSupplier dedicated = () -> DriverManager
			.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
			.unwrap(PgConnection.class);
		return new PostgresChannelMessageTableSubscriber(dedicated);
	}

	/**
	 * The channel, dispatching each message on one of the given threads: a node takes a
	 * partition only when a thread of its own is free to run it, so that the others go to
	 * the other nodes.
	 */
	public static PostgresSubscribableChannel channel(JdbcChannelMessageStore store,
			PostgresChannelMessageTableSubscriber subscriber, Executor dispatchers) {
		PostgresSubscribableChannel channel = new PostgresSubscribableChannel(store, GROUP, subscriber);
		channel.setDispatcherExecutor(dispatchers);
		return channel;
	}

}

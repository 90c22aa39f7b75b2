package org.unionstats.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock per job name, so that a job runs on one node at a time
 * across the cluster and across one-shot commands; PostgreSQL frees it when the holder's
 * connection ends, so a crashed node never leaves it taken.
 */
@Component
public class ClusterJobLock {

	private static final String KEY = "hashtextextended('unionstats.job.' || ?, 0)";

	private final DataSource dataSource;

	public ClusterJobLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock of the named job if no one holds it.
	 * @param jobName the Spring Batch job name
	 * @return the held lock, to close when the job is done; empty when another session
	 * holds it
	 */
	public Optional<Held> tryAcquire(String jobName) {
		@Nullable Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			if (call(connection, "SELECT pg_try_advisory_lock(" + KEY + ")", jobName)) {
				return Optional.of(new Held(connection, jobName));
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new DataAccessResourceFailureException("Cannot take the lock of job " + jobName, ex);
		}
	}

	private static boolean call(Connection connection, String sql, String jobName) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, jobName);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Nothing more to release: the session ending frees the lock.
			}
		}
	}

	/**
	 * A held job lock; closing it releases the lock and its connection.
	 */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private final String jobName;

		private Held(Connection connection, String jobName) {
			this.connection = connection;
			this.jobName = jobName;
		}

		@Override
		public void close() {
			try {
				// A pooled connection outlives close(), so the session lock must be
				// released
				// explicitly.
				call(this.connection, "SELECT pg_advisory_unlock(" + KEY + ")", this.jobName);
			}
			catch (SQLException ex) {
				// The connection is broken; PostgreSQL released the lock with the
				// session.
			}
			finally {
				closeQuietly(this.connection);
			}
		}

	}

}

package org.unionstats.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This process's lease: a PostgreSQL session-level advisory lock held on a dedicated
 * connection for as long as the process lives. A claim made under a lease that nobody
 * holds any more belongs to a dead process and may be recovered.
 */
@Component
public class NodeLease implements DisposableBean {

	static final int LOCK_CLASS = 7_301;

	/** How often the lease's connection is checked, at most. */
	private static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private static final Logger logger = LoggerFactory.getLogger(NodeLease.class);

	/**
	 * The job parameter (non-identifying) that names the lease of the process running an
	 * execution, so that an execution a dead process left {@code STARTED} can be told
	 * from a running one.
	 */
	public static final String JOB_PARAMETER = "lease";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private @Nullable Connection connection;

	private int id;

	private long checkedAt = System.nanoTime();

	NodeLease(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * The lease id, taken on first use, and taken anew when the connection holding it is
	 * gone (PostgreSQL restarted, the session was terminated): the old lease is dead to
	 * every node then, so this process's claims under it are recovered like a dead
	 * process's.
	 */
	public synchronized int id() {
		if (this.connection != null && isLost()) {
			logger.warn("Node lease {} lost with its database connection; taking a new one", this.id);
			closeQuietly(this.connection);
			this.connection = null;
		}
		if (this.connection == null) {
			acquire();
		}
		return this.id;
	}

	private boolean isLost() {
		long now = System.nanoTime();
		if (now - this.checkedAt < CHECK_INTERVAL_NANOS) {
			return false;
		}
		this.checkedAt = now;
		try {
			return !this.connection.isValid(5);
		}
		catch (SQLException ex) {
			return true;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Already broken: the pool discards it.
		}
	}

	/** Host and process, for people reading {@code ops.submission.claimed_by}. */
	public String description() {
		return hostName() + ":" + ProcessHandle.current().pid() + "/" + id();
	}

	/** Whether some live session still holds the given lease. */
	public boolean isAlive(int leaseId) {
		if (leaseId == id()) {
			return true;
		}
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pg_locks
				               WHERE locktype = 'advisory' AND classid = :class AND objid = :lease
				                 AND objsubid = 2 AND granted)""")
			.param("class", LOCK_CLASS)
			.param("lease", leaseId)
			.query(Boolean.class)
			.single();
	}

	private void acquire() {
		try {
			Connection held = this.dataSource.getConnection();
			held.setAutoCommit(true);
			try (PreparedStatement statement = held.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
				for (;;) {
					int candidate = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
					statement.setInt(1, LOCK_CLASS);
					statement.setInt(2, candidate);
					try (ResultSet result = statement.executeQuery()) {
						result.next();
						if (result.getBoolean(1)) {
							this.id = candidate;
							this.connection = held;
							return;
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the node lease", ex);
		}
	}

	@Override
	public synchronized void destroy() throws SQLException {
		if (this.connection != null) {
			// The connection goes back to the pool: release the lock so that it dies with
			// us.
			try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
				statement.execute();
			}
			this.connection.close();
			this.connection = null;
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}

package org.unionstats.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database of its own for each test run, created on first use and dropped
 * when the JVM exits. Host and user come from {@code UNIONSTATS_TEST_PG_HOST} and
 * {@code UNIONSTATS_TEST_PG_USER} (defaults 127.0.0.1:5432 and postgres).
 */
public final class TestDatabase {

	private static final String HOST = env("UNIONSTATS_TEST_PG_HOST", "127.0.0.1:5432");

	private static final String USER = env("UNIONSTATS_TEST_PG_USER", "postgres");

	private static final String NAME = "unionstats_test_"
			+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
			+ ThreadLocalRandom.current().nextInt(1000, 10000);

	private static volatile boolean created;

	private TestDatabase() {
	}

	public static String url() {
		ensureCreated();
		return "jdbc:postgresql://" + HOST + "/" + NAME;
	}

	public static String user() {
		return USER;
	}

	public static String host() {
		return HOST;
	}

	public static String name() {
		return NAME;
	}

	/** The command-line properties that point the application at the test database. */
	public static String[] springArgs() {
		return new String[] { "--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER };
	}

	private static synchronized void ensureCreated() {
		if (created) {
			return;
		}
		execute("CREATE DATABASE " + NAME);
		created = true;
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)")));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on PostgreSQL at " + HOST + " as " + USER, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

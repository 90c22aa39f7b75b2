package org.unionstats.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the project's tables between tests, keeping the schema and the Flyway history.
 */
public final class DatabaseCleaner {

	private DatabaseCleaner() {
	}

	/**
	 * Removes every row of {@code ops}, {@code staging} and {@code core}, registry
	 * included.
	 */
	public static void clean(JdbcClient jdbc) {
		jdbc.sql(
				"""
						DO $$
						DECLARE t record;
						BEGIN
						  FOR t IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('ops', 'staging', 'core') LOOP
						    EXECUTE format('TRUNCATE TABLE %I.%I RESTART IDENTITY CASCADE', t.schemaname, t.tablename);
						  END LOOP;
						END $$""")
			.update();
	}

}

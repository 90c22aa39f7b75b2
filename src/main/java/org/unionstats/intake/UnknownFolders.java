package org.unionstats.intake;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox folders the last pass found whose name is not a registered federation.
 */
@Component
public class UnknownFolders {

	private final JdbcClient jdbc;

	UnknownFolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One line per folder: its name and how many files it holds. */
	public List<String> lines() {
		return this.jdbc
			.sql("""
					SELECT folder_name || ' (' || file_count || ' file(s), seen ' || to_char(last_seen_at, 'YYYY-MM-DD HH24:MI') || ')'
					FROM ops.unknown_folder ORDER BY folder_name""")
			.query(String.class)
			.list();
	}

}

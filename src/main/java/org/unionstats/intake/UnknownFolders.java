package org.unionstats.intake;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the last pass found in the inbox and did not take: folders whose name is not a
 * registered federation, and entries that are not regular files.
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

	/**
	 * One line per symbolic link, FIFO or other entry that is not a regular file, which
	 * is never followed.
	 */
	public List<String> skippedLines() {
		return this.jdbc.sql("""
				SELECT 'inbox/' || entry_path || ' (' || CASE kind WHEN 'SYMLINK' THEN 'symbolic link'
				       ELSE 'not a regular file' END || ', seen ' || to_char(last_seen_at, 'YYYY-MM-DD HH24:MI') || ')'
				FROM ops.skipped_entry ORDER BY entry_path""").query(String.class).list();
	}

}

package org.unionstats.intake;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files whose handling failed for reasons not their own, for {@code status}: those
 * waiting for another try, and those set aside in {@code failed/} that are still there
 * (nobody has acted on them yet).
 */
@Component
public class FailedFilesReport {

	private final JdbcClient jdbc;

	FailedFilesReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Files a later pass will try again, newest failure first. */
	public List<String> waiting(int limit) {
		return this.jdbc.sql("""
				SELECT s.folder_code, s.original_name, s.inbox_path, s.failed_stage, s.tries, s.last_failure,
				       to_char(s.last_failed_at, 'YYYY-MM-DD HH24:MI'), s.status
				FROM ops.submission s
				WHERE s.last_failure IS NOT NULL AND s.set_aside_at IS NULL
				  AND (s.finished_at IS NULL
				       OR (s.status = 'FAILED' AND NOT EXISTS (SELECT FROM ops.submission later
				           WHERE later.inbox_path = s.inbox_path AND later.submission_id > s.submission_id)))
				ORDER BY s.last_failed_at DESC
				LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> Files.exists(Path.of(rs.getString(3)), LinkOption.NOFOLLOW_LINKS)
					? "%s %s: failed at %s, try %d, %s: %s%s".formatted(rs.getString(1), rs.getString(2),
							rs.getString(4), rs.getInt(5), rs.getString(7), rs.getString(6), verdict(rs.getString(8)))
					: null)
			.list()
			.stream()
			.filter((line) -> line != null)
			.toList();
	}

	/** Files set aside in {@code failed/} and still there. */
	public List<String> setAside(int limit) {
		return this.jdbc.sql("""
				SELECT s.folder_code, s.original_name, s.placed_path, s.failed_stage, s.tries, s.last_failure,
				       to_char(s.set_aside_at, 'YYYY-MM-DD HH24:MI'), s.status
				FROM ops.submission s
				WHERE s.set_aside_at IS NOT NULL
				ORDER BY s.set_aside_at DESC
				LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> Files.exists(Path.of(rs.getString(3)), LinkOption.NOFOLLOW_LINKS)
					? "%s %s: set aside %s after %d tries at %s: %s%s -> %s".formatted(rs.getString(1), rs.getString(2),
							rs.getString(7), rs.getInt(5), rs.getString(4), rs.getString(6), verdict(rs.getString(8)),
							rs.getString(3))
					: null)
			.list()
			.stream()
			.filter((line) -> line != null)
			.toList();
	}

	private static String verdict(String status) {
		return "FAILED".equals(status) ? "" : " (verdict " + status + " stands)";
	}

}

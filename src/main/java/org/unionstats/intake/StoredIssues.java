package org.unionstats.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.feedback.IssueSource;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.Severity;

/**
 * The issues of one submission as {@code ops.issue} holds them, read a page of rows at a
 * time. The driver pages only inside a transaction, which the publication's chunk is;
 * elsewhere it would read them all at once.
 */
final class StoredIssues implements IssueSource {

	private static final int FETCH_SIZE = 1000;

	private static final String SELECT = """
			SELECT code, severity, sheet, cell_ref, row_no, column_name, value, message_zh, message_en
			FROM ops.issue WHERE submission_id = :id
			""";

	private final JdbcClient jdbc;

	private final long submissionId;

	StoredIssues(JdbcClient jdbc, long submissionId) {
		this.jdbc = jdbc;
		this.submissionId = submissionId;
	}

	/** How many issues there are of each code found. */
	Map<IssueCode, Integer> countByCode() {
		Map<IssueCode, Integer> counts = new EnumMap<>(IssueCode.class);
		this.jdbc.sql("SELECT code, count(*) FROM ops.issue WHERE submission_id = :id GROUP BY code")
			.param("id", this.submissionId)
			.query((rs) -> {
				counts.put(IssueCode.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return counts;
	}

	@Override
	public Stream<Issue> inReportingOrder() {
		return query("ORDER BY issue_id");
	}

	@Override
	public Stream<Issue> worstFirst() {
		// Severity.ERROR, WARNING, INFO: the order of the enum, as IssueSource.of sorts
		return query("ORDER BY CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, issue_id");
	}

	private Stream<Issue> query(String orderBy) {
		return this.jdbc.sql(SELECT + orderBy)
			.param("id", this.submissionId)
			.withFetchSize(FETCH_SIZE)
			.query(StoredIssues::issue)
			.stream();
	}

	private static Issue issue(ResultSet rs, int row) throws SQLException {
		return new Issue(IssueCode.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getString(9));
	}

}

package org.unionstats.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.Period;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.workbook.CellReferences;
import org.unionstats.workbook.FacilityType;

/**
 * The checks that compare a staged submission with the warehouse: a facility type's count
 * swinging against the previous period, a facility renamed, a facility another federation
 * also claims.
 */
@Component
public class WarehouseChecks {

	private static final String NAME_HEADER = "名称";

	private static final int CLAIMANTS_NAMED = 3;

	/** Warnings held at once: a few megabytes. */
	private static final int PAGE = 5000;

	private final JdbcClient jdbc;

	private final IssueMessages messages;

	private final int swingPercent;

	private final int swingMinimum;

	WarehouseChecks(JdbcClient jdbc, IssueMessages messages, UnionStatsProperties properties) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.swingPercent = properties.swingPercent();
		this.swingMinimum = properties.swingMinimum();
	}

	/**
	 * Runs the checks and hands their warnings to {@code sink} a page at a time: a
	 * submission can have a warning on each of its rows, a million at most.
	 */
	public void check(long submissionId, String federationCode, Period period, Consumer<List<Issue>> sink) {
		sink.accept(countSwings(submissionId, federationCode, period));
		renamedFacilities(submissionId, federationCode, period, sink);
		facilitiesClaimedElsewhere(submissionId, federationCode, period, sink);
	}

	/**
	 * Compares each facility type's active count with the federation's previous accepted
	 * period (of the same type), in both directions: a type with no rows on one side
	 * counts 0 there. Nothing is compared when that period has no accepted submission.
	 */
	private List<Issue> countSwings(long submissionId, String federationCode, Period period) {
		Period previous = period.previous();
		return this.jdbc
			.sql("""
					WITH now_counts AS (
					  SELECT facility_type, count(*) FILTER (WHERE coalesce(status, '运行') = '运行'
					      AND (facility_type <> 'childcare_class' OR (starts_on <= :ends AND ends_on >= :starts))) AS active
					  FROM staging.facility WHERE submission_id = :id GROUP BY facility_type),
					previous_counts AS (
					  SELECT s.facility_type, count(*) FILTER (WHERE s.status = '运行'
					      AND (s.facility_type <> 'childcare_class' OR (s.starts_on <= :prev_ends AND s.ends_on >= :prev_starts))) AS active
					  FROM core.facility_snapshot s
					  WHERE s.period = :previous AND s.federation_code = :fed GROUP BY s.facility_type),
					counts AS (
					  SELECT facility_type, coalesce(p.active, 0) AS before, coalesce(n.active, 0) AS after
					  FROM previous_counts p FULL JOIN now_counts n USING (facility_type))
					SELECT facility_type, before, after FROM counts
					WHERE EXISTS (SELECT 1 FROM core.federation_profile WHERE period = :previous AND federation_code = :fed)
					  AND abs(after - before) > :minimum
					  AND abs(after - before) * 100 > before * :percent
					ORDER BY facility_type""")
			.param("id", submissionId)
			.param("fed", federationCode)
			.param("previous", previous.text())
			.param("starts", period.startsOn())
			.param("ends", period.endsOn())
			.param("prev_starts", previous.startsOn())
			.param("prev_ends", previous.endsOn())
			.param("minimum", this.swingMinimum)
			.param("percent", this.swingPercent)
			.query((rs, row) -> {
				FacilityType type = FacilityType.fromKey(rs.getString(1));
				return this.messages.issue(IssueCode.COUNT_SWING, type.sheetName(), null, null, null,
						Long.toString(rs.getLong(3)), type.sheetName(), rs.getLong(2), rs.getLong(3), previous.text());
			})
			.list();
	}

	private void renamedFacilities(long submissionId, String federationCode, Period period,
			Consumer<List<Issue>> sink) {
		inPages("""
				SELECT s.facility_type, s.row_no, s.name_column, s.code, last.name AS old_name, s.name AS new_name
				FROM staging.facility s
				JOIN core.facility f ON f.federation_code = :fed AND f.facility_type = s.facility_type AND f.code = s.code
				JOIN LATERAL (
				  SELECT h.name FROM core.facility_snapshot h JOIN core.period p USING (period)
				  WHERE h.facility_id = f.facility_id AND h.reported AND h.period <> :period
				  ORDER BY p.starts_on DESC, p.ends_on LIMIT 1) last ON true
				WHERE s.submission_id = :id AND s.name IS NOT NULL AND last.name IS DISTINCT FROM s.name
				""",
				Map.of("fed", federationCode, "period", period.text(), "id", submissionId),
				(rs) -> this.messages.issue(IssueCode.FACILITY_RENAMED,
						FacilityType.fromKey(rs.getString(1)).sheetName(), nameCell(rs), rs.getInt(2), NAME_HEADER,
						rs.getString(6), rs.getString(4), rs.getString(5), rs.getString(6)),
				sink);
	}

	/**
	 * One warning a row, naming up to {@value #CLAIMANTS_NAMED} of the federations that
	 * also report it, however many there are.
	 */
	private void facilitiesClaimedElsewhere(long submissionId, String federationCode, Period period,
			Consumer<List<Issue>> sink) {
		// A lookup per staged row (LATERAL), so that it goes through the claim-key index
		// even before the period's first ANALYZE. "[1 : n]" has spaces, or Spring would
		// take ":n" for a named parameter.
		inPages("""
				SELECT s.facility_type, s.row_no, s.name_column, s.name, c.claimants[1 : %d], c.claimant_count
				FROM staging.facility s
				CROSS JOIN LATERAL (
				  SELECT array_agg(o.federation_code || ' ' || f.federation_name ORDER BY o.federation_code) AS claimants,
				         count(*) AS claimant_count
				  FROM core.facility_snapshot o
				  JOIN core.federation f ON f.federation_code = o.federation_code
				  WHERE o.period = :period AND o.facility_type = s.facility_type AND o.reported
				    AND core.facility_claim_key(o.name, o.address) = core.facility_claim_key(s.name, s.address)
				    AND o.federation_code <> :fed) c
				WHERE s.submission_id = :id AND s.name IS NOT NULL AND c.claimant_count > 0
				"""
			.formatted(CLAIMANTS_NAMED), Map.of("fed", federationCode, "period", period.text(), "id", submissionId),
				(rs) -> this.messages.issue(IssueCode.FACILITY_CLAIMED_ELSEWHERE,
						FacilityType.fromKey(rs.getString(1)).sheetName(), nameCell(rs), rs.getInt(2), NAME_HEADER,
						rs.getString(4), rs.getString(4), claimants(rs)),
				sink);
	}

	/**
	 * Runs a query over the staged rows (columns 1 and 2 being {@code s.facility_type}
	 * and {@code s.row_no}, its conditions ending the statement) a page of rows at a
	 * time, in row order.
	 */
	private void inPages(String query, Map<String, Object> params, IssueMapper mapper, Consumer<List<Issue>> sink) {
		String sql = query + """
				  AND (s.facility_type, s.row_no) > (:after_type, :after_row)
				ORDER BY s.facility_type, s.row_no
				LIMIT %d""".formatted(PAGE);
		RowKey after = new RowKey("", Integer.MIN_VALUE, null);
		List<RowKey> page;
		do {
			page = this.jdbc.sql(sql)
				.params(params)
				.param("after_type", after.type())
				.param("after_row", after.row())
				.query((rs, row) -> new RowKey(rs.getString(1), rs.getInt(2), mapper.map(rs)))
				.list();
			if (!page.isEmpty()) {
				sink.accept(page.stream().map(RowKey::issue).toList());
				after = page.get(page.size() - 1);
			}
		}
		while (page.size() == PAGE);
	}

	private static String claimants(ResultSet rs) throws SQLException {
		String named = String.join(", ", (String[]) rs.getArray(5).getArray());
		long count = rs.getLong(6);
		return (count > CLAIMANTS_NAMED) ? named + " (+" + (count - CLAIMANTS_NAMED) + ")" : named;
	}

	/**
	 * The A1 reference of the row's {@code 名称} cell, from columns 2 (row number) and 3
	 * (the column, as the federation's header placed it) of the result.
	 */
	private static String nameCell(ResultSet rs) throws SQLException {
		int column = rs.getInt(3);
		return rs.wasNull() ? null : CellReferences.reference(column, rs.getInt(2));
	}

	@FunctionalInterface
	private interface IssueMapper {

		Issue map(ResultSet rs) throws SQLException;

	}

	private record RowKey(String type, int row, Issue issue) {
	}

}

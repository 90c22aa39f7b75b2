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
import org.unionstats.workbook.TemplateV1;

/**
 * The checks that compare a staged submission with the warehouse: a facility type's count
 * swinging against the previous period, a profile sent back unchanged, a facility
 * renamed, a facility another federation also claims.
 */
@Component
class WarehouseChecks {

	private static final String NAME_HEADER = "名称";

	private static final String UNION_ORGS_LABEL = "工会组织数";

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
		sink.accept(unchangedProfile(submissionId, federationCode, period));
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
		return this.jdbc.sql("""
				WITH now_counts AS (
				  SELECT facility_type, count(*) FILTER (WHERE core.facility_is_active(facility_type, status,
				      starts_on, ends_on, :starts, :ends)) AS active
				  FROM staging.facility WHERE submission_id = :id GROUP BY facility_type),
				previous_counts AS (
				  SELECT s.facility_type, count(*) FILTER (WHERE core.facility_is_active(s.facility_type, s.status,
				      s.starts_on, s.ends_on, :prev_starts, :prev_ends)) AS active
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

	/**
	 * Every figure of the profile (from 工会组织数 down, the v2 figures included) equal to the
	 * previous accepted period's: a prefilled template sent back untouched? A blank
	 * equals a blank, so figures unknown on both sides count as unchanged.
	 */
	private List<Issue> unchangedProfile(long submissionId, String federationCode, Period period) {
		Period previous = period.previous();
		return this.jdbc.sql("""
				SELECT n.union_orgs, n.union_orgs_cell
				FROM staging.profile n
				JOIN core.federation_profile p ON p.period = :previous AND p.federation_code = :fed
				WHERE n.submission_id = :id
				  AND (n.union_orgs, n.grassroots_committees, n.community_joint_unions, n.industry_joint_unions,
				       n.joint_union_groups, n.members, n.station_staff, n.app_registered, n.activity_members,
				       n.activity_visits, n.assisted_people, n.assistance_yuan, n.drive_enterprise_meetings,
				       n.drive_worker_meetings, n.drive_firms_reached, n.drive_firms_intending, n.drive_new_members,
				       n.model_workers_national, n.model_workers_municipal, n.unionised_firms,
				       n.collective_contract_firms, n.workers_congress_firms)
				      IS NOT DISTINCT FROM
				      (p.union_orgs, p.grassroots_committees, p.community_joint_unions, p.industry_joint_unions,
				       p.joint_union_groups, p.members, p.station_staff, p.app_registered, p.activity_members,
				       p.activity_visits, p.assisted_people, p.assistance_yuan, p.drive_enterprise_meetings,
				       p.drive_worker_meetings, p.drive_firms_reached, p.drive_firms_intending, p.drive_new_members,
				       p.model_workers_national, p.model_workers_municipal, p.unionised_firms,
				       p.collective_contract_firms, p.workers_congress_firms)""")
			.param("id", submissionId)
			.param("fed", federationCode)
			.param("previous", previous.text())
			.query((rs, row) -> {
				String cell = rs.getString(2);
				return this.messages.issue(IssueCode.PROFILE_UNCHANGED, TemplateV1.PROFILE_SHEET, cell, rowOf(cell),
						UNION_ORGS_LABEL, rs.getString(1), previous.text());
			})
			.list();
	}

	private void renamedFacilities(long submissionId, String federationCode, Period period,
			Consumer<List<Issue>> sink) {
		inPages("""
				SELECT s.facility_type, s.row_no, s.name_column, s.code, last.name AS old_name, s.name AS new_name
				FROM staging.facility s
				JOIN LATERAL (
				  SELECT h.name FROM core.facility_snapshot h JOIN core.period p USING (period)
				  WHERE h.federation_code = :fed AND h.facility_type = s.facility_type AND h.code = s.code
				    AND h.reported AND h.period <> :period
				  ORDER BY p.starts_on DESC, p.ends_on LIMIT 1) last ON true
				WHERE s.submission_id = :id AND s.name IS NOT NULL AND last.name IS DISTINCT FROM s.name
				""", Map.of("fed", federationCode, "period", period.text(), "id", submissionId),
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

	private static Integer rowOf(String reference) {
		return (reference != null) ? Integer.valueOf(reference.replaceAll("[^0-9]", "")) : null;
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

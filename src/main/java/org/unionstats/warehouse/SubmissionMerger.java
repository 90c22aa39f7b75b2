package org.unionstats.warehouse;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodRegistry;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.submission.SubmissionStatus;

/**
 * Replaces a federation's snapshot for a period by an accepted submission, set-based, in
 * the caller's transaction: the earlier submission is superseded, facility identities are
 * kept across periods, and facilities of the previous period's snapshot that are absent
 * are recorded as closed. Merges of one federation are serialised, and the newest
 * received submission wins even when two are processed out of order.
 */
@Component
class SubmissionMerger {

	private static final String SNAPSHOT_COLUMNS = """
			period, federation_code, facility_type, code, facility_id, submission_id, reported, name, address, status,
			area_sqm, staff_count, opened_on, outdoor_service, host_unit, services, workplace, level, covered_members,
			class_type, starts_on, ends_on, children""";

	private final JdbcClient jdbc;

	private final SubmissionLedger ledger;

	private final PeriodRegistry periods;

	private final SnapshotStatistics statistics;

	SubmissionMerger(JdbcClient jdbc, SubmissionLedger ledger, PeriodRegistry periods, SnapshotStatistics statistics) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.periods = periods;
		this.statistics = statistics;
	}

	/**
	 * Merges the submission: ACCEPTED, or SUPERSEDED when a newer one is already in force
	 * (nothing is merged then). The caller records the verdict.
	 */
	public SubmissionStatus merge(long submissionId, String federationCode, Period period, Timestamp receivedAt) {
		// One federation at a time, whatever the period: only its own merges add its
		// facility identities, so they need no ON CONFLICT.
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('merge/' || :fed))")
			.param("fed", federationCode)
			.query()
			.singleRow();
		if (this.ledger.hasNewerAccepted(submissionId, federationCode, period.text(), receivedAt)) {
			return SubmissionStatus.SUPERSEDED;
		}
		this.ledger.supersedeAccepted(federationCode, period.text());
		this.periods.register(period);
		replaceSnapshot(submissionId, federationCode, period);
		upsertProfile(submissionId, federationCode, period);
		return SubmissionStatus.ACCEPTED;
	}

	private void replaceSnapshot(long submissionId, String federationCode, Period period) {
		// New identities: the submission's codes the federation has none for yet. EXCEPT
		// is a hashed or sorted set operation, never a nested loop: an anti-join planned
		// from the statistics of an empty table became one, scanning the table once per
		// row, new rows included (55 s for 100,000 facilities). A plain insert: ON
		// CONFLICT's speculative insertion took a third longer.
		this.jdbc.sql("""
				INSERT INTO core.facility (federation_code, facility_type, code, first_period)
				SELECT :fed, n.facility_type, n.code, :period
				FROM (SELECT s.facility_type, s.code FROM staging.facility s WHERE s.submission_id = :id
				      EXCEPT
				      SELECT f.facility_type, f.code FROM core.facility f WHERE f.federation_code = :fed) n""")
			.param("fed", federationCode)
			.param("period", period.text())
			.param("id", submissionId)
			.update();
		this.jdbc.sql("DELETE FROM core.facility_snapshot WHERE period = :period AND federation_code = :fed")
			.param("period", period.text())
			.param("fed", federationCode)
			.update();
		int reported = this.jdbc
			.sql("INSERT INTO core.facility_snapshot (" + SNAPSHOT_COLUMNS
					+ """
							)
							SELECT :period, :fed, s.facility_type, s.code, f.facility_id, :id, true, s.name, s.address,
							       coalesce(s.status, '运行'), s.area_sqm, s.staff_count, s.opened_on, s.outdoor_service, s.host_unit,
							       s.services, s.workplace, s.level, s.covered_members, s.class_type, s.starts_on, s.ends_on, s.children
							FROM staging.facility s
							JOIN core.facility f ON f.federation_code = :fed AND f.facility_type = s.facility_type AND f.code = s.code
							WHERE s.submission_id = :id""")
			.param("period", period.text())
			.param("fed", federationCode)
			.param("id", submissionId)
			.update();
		this.statistics.wrote(reported);
		this.jdbc
			.sql("INSERT INTO core.facility_snapshot (" + SNAPSHOT_COLUMNS
					+ """
							)
							SELECT :period, p.federation_code, p.facility_type, p.code, p.facility_id, :id, false, p.name, p.address,
							       '撤销', p.area_sqm, p.staff_count, p.opened_on, p.outdoor_service, p.host_unit, p.services,
							       p.workplace, p.level, p.covered_members, p.class_type, p.starts_on, p.ends_on, p.children
							FROM core.facility_snapshot p
							WHERE p.period = :previous AND p.federation_code = :fed AND p.reported AND p.status <> '撤销'
							ON CONFLICT (period, federation_code, facility_type, code) DO NOTHING""")
			.param("period", period.text())
			.param("fed", federationCode)
			.param("id", submissionId)
			.param("previous", period.previous().text())
			.update();
	}

	private void upsertProfile(long submissionId, String federationCode, Period period) {
		this.jdbc
			.sql("""
					INSERT INTO core.federation_profile (period, federation_code, submission_id, received_at, accepted_at,
					  filled_on, union_orgs, grassroots_committees, community_joint_unions, industry_joint_unions,
					  joint_union_groups, members, station_staff, app_registered, activity_members, activity_visits,
					  assisted_people, assistance_yuan, drive_enterprise_meetings, drive_worker_meetings,
					  drive_firms_reached, drive_firms_intending, drive_new_members, model_workers_national,
					  model_workers_municipal, unionised_firms, collective_contract_firms, workers_congress_firms)
					SELECT :period, :fed, p.submission_id, s.received_at, now(), p.filled_on, p.union_orgs,
					       p.grassroots_committees, p.community_joint_unions, p.industry_joint_unions, p.joint_union_groups,
					       p.members, p.station_staff, p.app_registered, p.activity_members, p.activity_visits,
					       p.assisted_people, p.assistance_yuan, p.drive_enterprise_meetings, p.drive_worker_meetings,
					       p.drive_firms_reached, p.drive_firms_intending, p.drive_new_members, p.model_workers_national,
					       p.model_workers_municipal, p.unionised_firms, p.collective_contract_firms,
					       p.workers_congress_firms
					FROM staging.profile p JOIN ops.submission s USING (submission_id)
					WHERE p.submission_id = :id
					ON CONFLICT (period, federation_code) DO UPDATE SET
					  submission_id = EXCLUDED.submission_id, received_at = EXCLUDED.received_at,
					  accepted_at = EXCLUDED.accepted_at, filled_on = EXCLUDED.filled_on, union_orgs = EXCLUDED.union_orgs,
					  grassroots_committees = EXCLUDED.grassroots_committees,
					  community_joint_unions = EXCLUDED.community_joint_unions,
					  industry_joint_unions = EXCLUDED.industry_joint_unions, joint_union_groups = EXCLUDED.joint_union_groups,
					  members = EXCLUDED.members, station_staff = EXCLUDED.station_staff,
					  app_registered = EXCLUDED.app_registered, activity_members = EXCLUDED.activity_members,
					  activity_visits = EXCLUDED.activity_visits, assisted_people = EXCLUDED.assisted_people,
					  assistance_yuan = EXCLUDED.assistance_yuan,
					  drive_enterprise_meetings = EXCLUDED.drive_enterprise_meetings,
					  drive_worker_meetings = EXCLUDED.drive_worker_meetings,
					  drive_firms_reached = EXCLUDED.drive_firms_reached,
					  drive_firms_intending = EXCLUDED.drive_firms_intending,
					  drive_new_members = EXCLUDED.drive_new_members,
					  model_workers_national = EXCLUDED.model_workers_national,
					  model_workers_municipal = EXCLUDED.model_workers_municipal,
					  unionised_firms = EXCLUDED.unionised_firms,
					  collective_contract_firms = EXCLUDED.collective_contract_firms,
					  workers_congress_firms = EXCLUDED.workers_congress_firms""")
			.param("period", period.text())
			.param("fed", federationCode)
			.param("id", submissionId)
			.update();
	}

}

package org.unionstats.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds warehouse rows directly with SQL, as the ingest merge would leave them:
 * registry, periods, submissions, accepted profiles and facility snapshots.
 */
final class StatisticsFixture {

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	static final String[][] DISTRICTS = { { "110101", "东城区" }, { "110102", "西城区" }, { "110105", "朝阳区" } };

	private final JdbcClient jdbc;

	StatisticsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The golden data set: three districts of four federations; 2016 with everything
	 * accepted and one active facility of each type; 2017 (deadline 2018-01-15) where
	 * 朝阳区's third federation has only a rejected file and its fourth sent nothing. In
	 * 2017 federation {@code n} (1..4 in its district) has 2 active service stations (and
	 * one suspended, one closed), {@code n} warm stations, no worker homes, one
	 * mother-baby room (and one absent, so closed), and 2 childcare classes overlapping
	 * 2017 (and one of 2016, one closed); it was received on 2018-01-10 (n = 1, 2),
	 * 2018-01-15 23:30 China time (n = 3) or 2018-01-16 00:30 China time (n = 4, late);
	 * its profile has 1000 members, 250 + 50n app registrations and 300 + 20n activity
	 * members.
	 */
	StatisticsFixture goldenDataSet() {
		for (String[] district : DISTRICTS) {
			district(district[0], district[1]);
			for (int n = 1; n <= 4; n++) {
				federation(code(district[0], n), district[1].replace("区", "") + "第" + n + "街道", district[0]);
			}
		}
		period("2016", null);
		period("2017", LocalDate.of(2018, 1, 15));
		for (String[] district : DISTRICTS) {
			for (int n = 1; n <= 4; n++) {
				String federation = code(district[0], n);
				long previous = accepted("2016", federation, OffsetDateTime.of(2017, 1, 5, 9, 0, 0, 0, CHINA), 1000,
						300, 300);
				for (String type : new String[] { "service_station", "warm_station", "worker_home",
						"mother_baby_room" }) {
					facility("2016", federation, previous, type, type + "-1", "运行", true);
				}
				childcareClass("2016", federation, previous, "cc-2016", "运行", LocalDate.of(2016, 7, 1),
						LocalDate.of(2016, 8, 31));
				if (!district[0].equals("110105") || n <= 2) {
					acceptedIn2017(federation, n);
				}
			}
		}
		submission("110105003", "2017", "REJECTED", OffsetDateTime.of(2018, 1, 12, 9, 0, 0, 0, CHINA));
		submission("110105003", "2017", "REJECTED", OffsetDateTime.of(2018, 1, 13, 9, 0, 0, 0, CHINA));
		// Rejected before it was accepted: accepted, not rejected-only.
		submission("110101001", "2017", "REJECTED", OffsetDateTime.of(2018, 1, 2, 9, 0, 0, 0, CHINA));
		return this;
	}

	private void acceptedIn2017(String federation, int n) {
		OffsetDateTime received = switch (n) {
			case 1, 2 -> OffsetDateTime.of(2018, 1, 10, 9, 0, 0, 0, CHINA);
			case 3 -> OffsetDateTime.of(2018, 1, 15, 23, 30, 0, 0, CHINA);
			default -> OffsetDateTime.of(2018, 1, 16, 0, 30, 0, 0, CHINA);
		};
		long submission = accepted("2017", federation, received, 1000, 250 + 50 * n, 300 + 20 * n);
		snapshot2017(federation, submission, n, 2);
	}

	/**
	 * The 2017 snapshot of the golden data set, with {@code stations} active service
	 * stations.
	 */
	void snapshot2017(String federation, long submission, int n, int stations) {
		for (int i = 1; i <= stations; i++) {
			facility("2017", federation, submission, "service_station", "ss-" + i, "运行", true);
		}
		facility("2017", federation, submission, "service_station", "ss-paused", "暂停", true);
		facility("2017", federation, submission, "service_station", "ss-closed", "撤销", true);
		for (int i = 1; i <= n; i++) {
			facility("2017", federation, submission, "warm_station", "ws-" + i, "运行", true);
		}
		facility("2017", federation, submission, "worker_home", "worker_home-1", "撤销", false);
		facility("2017", federation, submission, "mother_baby_room", "mother_baby_room-1", "运行", true);
		facility("2017", federation, submission, "mother_baby_room", "mbr-gone", "撤销", false);
		childcareClass("2017", federation, submission, "cc-summer", "运行", LocalDate.of(2017, 7, 1),
				LocalDate.of(2017, 8, 31));
		childcareClass("2017", federation, submission, "cc-winter", "暂停", LocalDate.of(2016, 12, 20),
				LocalDate.of(2017, 1, 20));
		childcareClass("2017", federation, submission, "cc-2016", "运行", LocalDate.of(2016, 7, 1),
				LocalDate.of(2016, 8, 31));
		childcareClass("2017", federation, submission, "cc-closed", "撤销", LocalDate.of(2017, 3, 1),
				LocalDate.of(2017, 6, 30));
	}

	/**
	 * Replaces a federation's accepted submission as the merge does: the old one is
	 * superseded, the profile and snapshot rows are those of the new one.
	 */
	long resubmit(String period, String federation, OffsetDateTime received, int n, int stations) {
		this.jdbc.sql("""
				UPDATE ops.submission SET status = 'SUPERSEDED'
				WHERE folder_code = :federation AND period = :period AND status = 'ACCEPTED'""")
			.param("federation", federation)
			.param("period", period)
			.update();
		this.jdbc.sql("DELETE FROM core.federation_profile WHERE period = :period AND federation_code = :federation")
			.param("period", period)
			.param("federation", federation)
			.update();
		this.jdbc.sql("DELETE FROM core.facility_snapshot WHERE period = :period AND federation_code = :federation")
			.param("period", period)
			.param("federation", federation)
			.update();
		long submission = accepted(period, federation, received, 1000, 250 + 50 * n, 300 + 20 * n);
		snapshot2017(federation, submission, n, stations);
		return submission;
	}

	static String code(String district, int n) {
		return district + "00" + n;
	}

	void district(String code, String name) {
		this.jdbc.sql("INSERT INTO core.district (district_code, district_name) VALUES (:code, :name)")
			.param("code", code)
			.param("name", name)
			.update();
	}

	void federation(String code, String name, String district) {
		this.jdbc.sql("""
				INSERT INTO core.federation (federation_code, federation_name, district_code)
				VALUES (:code, :name, :district)""")
			.param("code", code)
			.param("name", name)
			.param("district", district)
			.update();
	}

	void period(String period, LocalDate deadline) {
		this.jdbc.sql("""
				INSERT INTO core.period (period, period_type, starts_on, ends_on, previous_period, deadline)
				VALUES (:period, core.period_type_of(:period), core.period_starts_on(:period),
				        core.period_ends_on(:period), core.period_previous(:period), :deadline)""")
			.param("period", period)
			.param("deadline", deadline)
			.update();
	}

	StatisticsFixture target(String period, String indicator, double rate) {
		this.jdbc.sql("INSERT INTO core.indicator_target (period, indicator, target_rate) VALUES (:p, :i, :r)")
			.param("p", period)
			.param("i", indicator)
			.param("r", rate)
			.update();
		return this;
	}

	long submission(String folder, String period, String status, OffsetDateTime received) {
		return this.jdbc.sql("""
				INSERT INTO ops.submission (folder_code, original_name, inbox_path, size_bytes, sha256, received_at,
				                            claim_lease, claimed_by, status, federation_code, period, decided_at,
				                            finished_at)
				VALUES (:folder, 'report.xlsx', 'inbox/' || :folder || '/report.xlsx', 1000, md5(random()::text),
				        :received, 0, 'test', :status, :folder, :period, :received, :received)
				RETURNING submission_id""")
			.param("folder", folder)
			.param("period", period)
			.param("status", status)
			.param("received", received)
			.query(Long.class)
			.single();
	}

	long accepted(String period, String federation, OffsetDateTime received, int members, int app, int activity) {
		long submission = submission(federation, period, "ACCEPTED", received);
		this.jdbc.sql("""
				INSERT INTO core.federation_profile (period, federation_code, submission_id, received_at, accepted_at,
				                                     union_orgs, members, app_registered, activity_members,
				                                     activity_visits, assisted_people, assistance_yuan)
				VALUES (:period, :federation, :submission, :received, :received, 10, :members, :app, :activity,
				        2 * :activity, 5, 1000.50)""")
			.param("period", period)
			.param("federation", federation)
			.param("submission", submission)
			.param("received", received)
			.param("members", members)
			.param("app", app)
			.param("activity", activity)
			.update();
		return submission;
	}

	void facility(String period, String federation, long submission, String type, String code, String status,
			boolean reported) {
		snapshotRow(period, federation, submission, type, code, status, reported, null, null);
	}

	void childcareClass(String period, String federation, long submission, String code, String status, LocalDate starts,
			LocalDate ends) {
		snapshotRow(period, federation, submission, "childcare_class", code, status, true, starts, ends);
	}

	private void snapshotRow(String period, String federation, long submission, String type, String code, String status,
			boolean reported, LocalDate starts, LocalDate ends) {
		this.jdbc.sql("""
				INSERT INTO core.facility (federation_code, facility_type, code, first_period)
				VALUES (:federation, :type, :code, :period)
				ON CONFLICT (federation_code, facility_type, code) DO NOTHING""")
			.param("federation", federation)
			.param("type", type)
			.param("code", code)
			.param("period", period)
			.update();
		this.jdbc.sql("""
				INSERT INTO core.facility_snapshot (period, federation_code, facility_type, code, facility_id,
				                                    submission_id, reported, name, address, status, starts_on, ends_on)
				SELECT :period, :federation, :type, :code, f.facility_id, :submission, :reported,
				       :code || '名称', '地址 ' || :code, :status, :starts, :ends
				FROM core.facility f
				WHERE f.federation_code = :federation AND f.facility_type = :type AND f.code = :code""")
			.param("period", period)
			.param("federation", federation)
			.param("type", type)
			.param("code", code)
			.param("submission", submission)
			.param("reported", reported)
			.param("status", status)
			.param("starts", starts)
			.param("ends", ends)
			.update();
	}

}

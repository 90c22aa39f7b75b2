package org.unionstats.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The marts against the golden data set of {@link StatisticsFixture}.
 */
@IntegrationTest
class StatisticsMartsIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	private StatisticsFixture fixture;

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		this.fixture = new StatisticsFixture(this.jdbc).goldenDataSet();
	}

	@Test
	void municipalStatisticsCountActiveFacilitiesAndTheChangeAgainstThePreviousPeriod() {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT m.* FROM mart.municipal_statistics m JOIN core.facility_type t USING (facility_type)
				WHERE period = '2017' ORDER BY t.sort_order""").query().listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("facility_type"), (row) -> row.get("facility_type_zh"),
					(row) -> row.get("active_count"), (row) -> row.get("previous_period"),
					(row) -> row.get("previous_count"), (row) -> row.get("change"),
					(row) -> row.get("federations_reporting"), (row) -> row.get("federations_expected"))
			.containsExactly(tuple("service_station", "工会服务站", 20, "2016", 12, 8, 10, 12),
					tuple("warm_station", "暖心驿站", 23, "2016", 12, 11, 10, 12),
					tuple("worker_home", "职工之家", 0, "2016", 12, -12, 10, 12),
					tuple("mother_baby_room", "母婴关爱室", 10, "2016", 12, -2, 10, 12),
					tuple("childcare_class", "子女托管班", 20, "2016", 12, 8, 10, 12));
	}

	@Test
	void theFirstPeriodHasNoPreviousCountAndNoChange() {
		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM mart.municipal_statistics WHERE period = '2016'")
			.query()
			.listOfRows();

		assertThat(rows).hasSize(5).allSatisfy((row) -> {
			assertThat(row.get("active_count")).isEqualTo(12);
			assertThat(row.get("previous_period")).isEqualTo("2015");
			assertThat(row.get("previous_count")).isNull();
			assertThat(row.get("change")).isNull();
		});
	}

	@Test
	void districtCountsIncludeEveryTypeEvenWhenZero() {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT c.* FROM mart.district_facility_counts c JOIN core.facility_type t USING (facility_type)
				WHERE period = '2017' AND district_code = '110105' ORDER BY t.sort_order""").query().listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("facility_type"), (row) -> row.get("active_count"),
					(row) -> row.get("federations_reporting"), (row) -> row.get("federations_expected"))
			.containsExactly(tuple("service_station", 4, 2, 4), tuple("warm_station", 3, 2, 4),
					tuple("worker_home", 0, 2, 4), tuple("mother_baby_room", 2, 2, 4),
					tuple("childcare_class", 4, 2, 4));
	}

	@Test
	void facilityCountsHaveFiveTypesForEachAcceptedFederationOnly() {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT federation_code, count(*) AS types, sum(active_count) AS active
				FROM mart.facility_counts WHERE period = '2017' AND district_code = '110105'
				GROUP BY federation_code ORDER BY federation_code""").query().listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("federation_code"), (row) -> row.get("types"), (row) -> row.get("active"))
			.containsExactly(tuple("110105001", 5L, 6L), tuple("110105002", 5L, 7L));
	}

	@Test
	void completenessSeparatesAcceptedRejectedOnlyAndMissingAndCountsOnTimeInChinaTime() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT * FROM mart.submission_completeness WHERE period = '2017' ORDER BY district_code")
			.query()
			.listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("district_name"), (row) -> row.get("federations_expected"),
					(row) -> row.get("federations_accepted"), (row) -> row.get("federations_rejected_only"),
					(row) -> row.get("federations_missing"), (row) -> row.get("accepted_on_time"))
			.containsExactly(tuple("东城区", 4, 4, 0, 0, 3), tuple("西城区", 4, 4, 0, 0, 3), tuple("朝阳区", 4, 2, 1, 1, 2));
	}

	@Test
	void onTimeIsUnknownWithoutADeadline() {
		List<Object> onTime = this.jdbc
			.sql("SELECT accepted_on_time FROM mart.submission_completeness WHERE period = '2016'")
			.query()
			.singleColumn();

		assertThat(onTime).hasSize(3).containsOnlyNulls();
	}

	@Test
	void missingFederationsListsRejectedOnlyAndMissingWithTheirFolderOwner() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT * FROM mart.missing_federations WHERE period = '2017' ORDER BY federation_code")
			.query()
			.listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("federation_code"), (row) -> row.get("district_name"),
					(row) -> row.get("submission_state"), (row) -> row.get("submission_state_zh"),
					(row) -> row.get("rejected_count"))
			.containsExactly(tuple("110105003", "朝阳区", "rejected_only", "仅有退回", 2),
					tuple("110105004", "朝阳区", "missing", "未报送", 0));
	}

	@Test
	void aPeriodSeenOnlyInSubmissionsIsCovered() {
		this.fixture.submission("110101002", "2018", "REJECTED", OffsetDateTime.parse("2019-01-03T10:00:00+08:00"));

		Map<String, Object> city = this.jdbc.sql("""
				SELECT sum(federations_expected) AS expected, sum(federations_rejected_only) AS rejected,
				       sum(federations_missing) AS missing
				FROM mart.submission_completeness WHERE period = '2018'""").query().singleRow();
		String previous = this.jdbc.sql("SELECT previous_period FROM mart.reporting_period WHERE period = '2018'")
			.query(String.class)
			.single();

		assertThat(city).containsEntry("expected", 12L).containsEntry("rejected", 1L).containsEntry("missing", 11L);
		assertThat(previous).isEqualTo("2017");
	}

	@Test
	void profileRatesAndTargetAchievementPerFederation() {
		this.fixture.target("2017", "app_registration_rate", 0.30);
		this.fixture.target("2017", "activity_participation_rate", 0.35);

		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT * FROM mart.federation_profile WHERE period = '2017' AND district_code = '110101'
				ORDER BY federation_code""").query().listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("federation_code"), (row) -> row.get("app_registration_rate"),
					(row) -> row.get("activity_participation_rate"), (row) -> row.get("app_registration_achieved"),
					(row) -> row.get("activity_participation_achieved"))
			.containsExactly(tuple("110101001", new BigDecimal("0.3000"), new BigDecimal("0.3200"), true, false),
					tuple("110101002", new BigDecimal("0.3500"), new BigDecimal("0.3400"), true, false),
					tuple("110101003", new BigDecimal("0.4000"), new BigDecimal("0.3600"), true, true),
					tuple("110101004", new BigDecimal("0.4500"), new BigDecimal("0.3800"), true, true));
	}

	@Test
	void districtProfileRollsUpMembersBeforeDividing() {
		this.fixture.target("2017", "activity_participation_rate", 0.35);

		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT * FROM mart.district_profile WHERE period = '2017' ORDER BY district_code""")
			.query()
			.listOfRows();

		assertThat(rows)
			.extracting((row) -> row.get("district_code"), (row) -> row.get("federations_reporting"),
					(row) -> row.get("members"), (row) -> row.get("app_registration_rate"),
					(row) -> row.get("activity_participation_rate"),
					(row) -> row.get("activity_participation_achieved"), (row) -> row.get("app_registration_achieved"),
					(row) -> row.get("federations_meeting_participation_target"))
			.containsExactly(
					tuple("110101", 4, 4000L, new BigDecimal("0.3750"), new BigDecimal("0.3500"), true, null, 2),
					tuple("110102", 4, 4000L, new BigDecimal("0.3750"), new BigDecimal("0.3500"), true, null, 2),
					tuple("110105", 2, 2000L, new BigDecimal("0.3250"), new BigDecimal("0.3300"), false, null, 0));
	}

	@Test
	void aResubmissionReplacesTheCountsAndTheSupersededSubmissionNeverCounts() {
		long resubmitted = this.fixture.resubmit("2017", "110101001", OffsetDateTime.parse("2018-01-20T10:00:00+08:00"),
				1, 5);

		Map<String, Object> stations = this.jdbc.sql("""
				SELECT active_count, change FROM mart.municipal_statistics
				WHERE period = '2017' AND facility_type = 'service_station'""").query().singleRow();
		Map<String, Object> district = this.jdbc.sql("""
				SELECT federations_accepted, accepted_on_time FROM mart.submission_completeness
				WHERE period = '2017' AND district_code = '110101'""").query().singleRow();
		Long profileSubmission = this.jdbc.sql("""
				SELECT submission_id FROM mart.federation_profile
				WHERE period = '2017' AND federation_code = '110101001'""").query(Long.class).single();

		assertThat(stations).containsEntry("active_count", 23).containsEntry("change", 11);
		assertThat(district).containsEntry("federations_accepted", 4).containsEntry("accepted_on_time", 2);
		assertThat(profileSubmission).isEqualTo(resubmitted);
	}

	@Test
	void facilitiesListWhatWasReportedWithTheTypesAttributes() {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT code, status, active, starts_on FROM mart.facilities
				WHERE period = '2017' AND federation_code = '110101001' AND facility_type = 'childcare_class'
				ORDER BY code""").query().listOfRows();

		assertThat(rows).extracting((row) -> row.get("code"), (row) -> row.get("active"))
			.containsExactly(tuple("cc-2016", false), tuple("cc-closed", false), tuple("cc-summer", true),
					tuple("cc-winter", true));
		assertThat(this.jdbc.sql("SELECT count(*) FROM mart.facilities WHERE NOT active AND code = 'mbr-gone'")
			.query(Long.class)
			.single()).isZero();
	}

}

package org.unionstats.statistics;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code mart.comparable_change}: the golden data set has 12 federations accepted in 2016
 * and 10 in 2017, so the raw change mixes a drop in reporting with the facilities; the
 * comparable change counts only the 10 federations that reported in both.
 */
@IntegrationTest
class ComparableChangeIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet();
	}

	@Test
	void theComparableChangeCountsOnlyFederationsThatReportedInBothPeriods() {
		assertThat(this.jdbc.sql("""
				SELECT facility_type, active_count, previous_count, change, federations_reporting,
				       previous_federations_reporting, federations_both, comparable_count, comparable_previous_count,
				       comparable_change
				FROM mart.comparable_change WHERE period = '2017' ORDER BY facility_type""")
			.query((rs, row) -> tuple(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.list()).containsExactly(tuple("childcare_class", 20, 12, 8, 10, 12, 10, 20, 10, 10),
					tuple("mother_baby_room", 10, 12, -2, 10, 12, 10, 10, 10, 0),
					tuple("service_station", 20, 12, 8, 10, 12, 10, 20, 10, 10),
					tuple("warm_station", 23, 12, 11, 10, 12, 10, 23, 10, 13),
					tuple("worker_home", 0, 12, -12, 10, 12, 10, 0, 10, -10));
	}

	@Test
	void aDistrictWithFewerFederationsReportingShowsNoFallInComparableTerms() {
		// 朝阳区: four federations in 2016, two of them in 2017.
		assertThat(this.jdbc.sql("""
				SELECT active_count, previous_count, change, federations_both, comparable_count,
				       comparable_previous_count, comparable_change
				FROM mart.district_comparable_change
				WHERE period = '2017' AND district_code = '110105' AND facility_type = 'mother_baby_room'""")
			.query((rs, row) -> tuple(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7)))
			.single()).isEqualTo(tuple(2, 4, -2, 2, 2, 2, 0));
	}

	@Test
	void theFirstPeriodHasNoComparableChange() {
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM mart.comparable_change
				WHERE period = '2016' AND federations_both = 0 AND comparable_change IS NULL AND change IS NULL""")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

}

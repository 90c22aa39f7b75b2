package org.unionstats.statistics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read-only role statisticians use reads {@code core} and {@code mart}, and nothing
 * else, and writes nothing.
 */
@IntegrationTest
class ReaderRoleIntegrationTests {

	private static final String READER = "unionstats_reader";

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet().target("2017", "app_registration_rate", 0.30);
	}

	@ParameterizedTest
	@ValueSource(strings = { "mart.municipal_statistics", "mart.submission_completeness", "mart.facilities",
			"mart.federation_profile", "core.federation", "core.facility_snapshot", "core.indicator_target" })
	void readsTheMartsAndTheCore(String relation) throws SQLException {
		try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
			var result = statement.executeQuery("SELECT count(*) FROM " + relation);
			result.next();
			assertThat(result.getLong(1)).isPositive().as(relation);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSERT INTO core.district VALUES ('999999', 'x')",
			"UPDATE core.federation SET federation_name = 'x'", "DELETE FROM core.federation_profile",
			"INSERT INTO core.indicator_target VALUES ('2017', 'app_registration_rate', 0.3)",
			"CREATE TABLE mart.scratch (x int)", "CREATE TABLE core.scratch (x int)", "CREATE VIEW mart.v AS SELECT 1",
			"SELECT count(*) FROM ops.submission", "SELECT count(*) FROM staging.profile",
			"SELECT count(*) FROM batch_job_execution", "TRUNCATE core.federation_profile" })
	void isDeniedWritesAndEverythingOutsideCoreAndMart(String sql) throws SQLException {
		try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(sql))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
		}
	}

	@Test
	void theMigrationOwnerStillWrites() {
		int updated = this.jdbc.sql("UPDATE core.federation SET federation_name = federation_name").update();

		assertThat(updated).isEqualTo(12);
	}

	private static Connection asReader() throws SQLException {
		return DriverManager.getConnection(TestDatabase.url(), READER, null);
	}

}

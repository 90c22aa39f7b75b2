package org.unionstats.database;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated by Flyway is found up to date with the settings of
 * {@code application.yml}, and anything Flyway would act on or that this check does not
 * understand makes it say no. Changes to the history are made in a transaction that is
 * rolled back.
 */
class MigrationsUpToDateIntegrationTests {

	private Connection connection;

	@BeforeAll
	static void migrate() {
		StringWriter out = new StringWriter();
		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out), new PrintWriter(out), "status",
				"--spring.datasource.url=" + TestDatabase.url(), "--spring.datasource.username=" + TestDatabase.user());
		assertThat(exitCode).as(out.toString()).isZero();
	}

	@BeforeEach
	void openTransaction() throws SQLException {
		this.connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
		this.connection.setAutoCommit(false);
	}

	@AfterEach
	void rollBack() throws SQLException {
		this.connection.rollback();
		this.connection.close();
	}

	@Test
	void aDatabaseFlywayMigratedIsUpToDate() throws IOException {
		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isTrue();
	}

	@Test
	void aChangedRepeatableMigrationIsNotUpToDate() throws Exception {
		execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version IS NULL");

		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isFalse();
	}

	@Test
	void anotherPlaceholderValueIsNotUpToDate() throws IOException {
		// Flyway would apply the repeatable migration again, which grants to this role.
		assertThat(MigrationsUpToDate.isUpToDate(
				environment(Map.of("spring.flyway.placeholders.reader_role", "another_reader")), this.connection))
			.isFalse();
	}

	@Test
	void aMigrationNotAppliedIsNotUpToDate() throws Exception {
		execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT max(installed_rank)"
				+ " FROM flyway_schema_history WHERE version IS NOT NULL)");

		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isFalse();
	}

	@Test
	void aChangedVersionedMigrationIsNotUpToDate() throws Exception {
		execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isFalse();
	}

	@Test
	void aFailedMigrationIsNotUpToDate() throws Exception {
		execute("UPDATE flyway_schema_history SET success = false WHERE version = '1'");

		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isFalse();
	}

	@Test
	void aMigrationUnknownToThisBuildIsNotUpToDate() throws Exception {
		execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
				+ " installed_by, execution_time, success) SELECT max(installed_rank) + 1, '999', 'from a newer build',"
				+ " 'SQL', 'V999__from_a_newer_build.sql', 1, 'test', 0, true FROM flyway_schema_history");

		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), this.connection)).isFalse();
	}

	@Test
	void aFlywaySettingNotReadHereLeavesItToFlyway() throws IOException {
		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of("spring.flyway.target", "5")), this.connection))
			.isFalse();
		assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of("spring.flyway.table", "other_history")),
				this.connection))
			.isFalse();
	}

	@Test
	void aDatabaseWithoutHistoryIsNotUpToDate() throws Exception {
		try (Connection maintenance = DriverManager
			.getConnection("jdbc:postgresql://" + TestDatabase.host() + "/postgres", TestDatabase.user(), null)) {
			assertThat(MigrationsUpToDate.isUpToDate(environment(Map.of()), maintenance)).isFalse();
		}
	}

	@Test
	void flywayIsLeftOutOnlyWhenUpToDate() throws Exception {
		StandardEnvironment upToDate = environment(Map.of());
		MigrationsUpToDate.leaveFlywayOutIfUpToDate(upToDate, this.connection);
		assertThat(upToDate.getProperty("spring.flyway.enabled")).isEqualTo("false");

		execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version IS NULL");
		StandardEnvironment behind = environment(Map.of());
		MigrationsUpToDate.leaveFlywayOutIfUpToDate(behind, this.connection);
		assertThat(behind.getProperty("spring.flyway.enabled")).isNull();
	}

	/** The application's settings, as application.yml has them, and {@code settings}. */
	private static StandardEnvironment environment(Map<String, Object> settings) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			environment.getPropertySources().addLast(source);
		}
		return environment;
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

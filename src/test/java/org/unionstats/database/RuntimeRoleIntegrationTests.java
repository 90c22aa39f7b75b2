package org.unionstats.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * The optional least-privilege set-up of docs/operations.md: the owner migrates, the
 * runtime role granted by docs/sql/grant-runtime-role.sql runs the passes.
 */
class RuntimeRoleIntegrationTests {

	private static final Path GRANTS = Path.of("docs/sql/grant-runtime-role.sql");

	private final String runtimeRole = "unionstats_app_test_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

	@BeforeEach
	void createRuntimeRoleAndGrantAsDocumented() throws Exception {
		assertThat(run("registry", "import", "sample-data/registry.csv",
				"--spring.datasource.url=" + TestDatabase.url(), "--spring.datasource.username=" + TestDatabase.user()))
			.as("the owner migrates the warehouse")
			.isZero();
		execute("CREATE ROLE " + this.runtimeRole + " LOGIN");
		execute(Files.readString(GRANTS).replace("'unionstats_app'", "'" + this.runtimeRole + "'"));
	}

	@AfterEach
	void dropRuntimeRole() throws SQLException {
		execute("DROP OWNED BY " + this.runtimeRole);
		execute("DROP ROLE " + this.runtimeRole);
	}

	@Test
	void theRuntimeRoleRunsAnIngestPassAndStatisticsWhileTheOwnerMigrates(@TempDir Path dropRoot) throws IOException {
		drop(dropRoot, "110102014", "天桥.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "天桥服务站", "运行")));

		int ingest = run(asRuntimeRole("ingest", "--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s"));
		int statistics = run(asRuntimeRole("statistics", "--period", "2017", "--unionstats.drop-root=" + dropRoot));

		assertThat(ingest).isZero();
		assertThat(Files.list(dropRoot.resolve("archive/2017/110102014"))).hasSize(1);
		assertThat(statistics).isZero();
	}

	@Test
	void theRuntimeRoleMayNotChangeTheSchema() {
		assertThatStatementFailsAsRuntimeRole("CREATE TABLE core.intruder (id int)");
		assertThatStatementFailsAsRuntimeRole("DROP VIEW mart.facility_counts");
	}

	private void assertThatStatementFailsAsRuntimeRole(String sql) {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(), this.runtimeRole, null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
			throw new AssertionError("the runtime role could run: " + sql);
		}
		catch (SQLException ex) {
			assertThat(ex.getSQLState()).as(ex.getMessage()).isIn("42501", "42809");
		}
	}

	private String[] asRuntimeRole(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=" + TestDatabase.url());
		all.add("--spring.datasource.username=" + this.runtimeRole);
		all.add("--spring.flyway.user=" + TestDatabase.user());
		return all.toArray(String[]::new);
	}

	private static int run(String... args) {
		return UnionStatsCommandLine.execute(args);
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

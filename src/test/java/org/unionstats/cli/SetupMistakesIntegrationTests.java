package org.unionstats.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.cli.CommandLineIntegrationTests.Result;
import org.unionstats.support.ChildJvm;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.cli.CommandLineIntegrationTests.run;
import static org.unionstats.cli.CommandLineIntegrationTests.withDatabase;

/**
 * Set-up mistakes that used to lose files or data quietly stop the command with one line.
 */
class SetupMistakesIntegrationTests {

	private static final String ENCODING_LINE = "unionstats: the JVM's file name encoding is ANSI_X3.4-1968;"
			+ " Chinese file names cannot be read. Start with a UTF-8 locale: export LANG=C.UTF-8";

	@Test
	void commandsThatTouchFilesRefuseToStartUnderTheCLocale() throws Exception {
		List<List<String>> commands = List.of(List.of("ingest"), List.of("serve"), List.of("statistics"),
				List.of("template", "--federation", "110102014", "--period", "2017"));
		for (List<String> command : commands) {
			ChildJvm child = ChildJvm.startPlain(Map.of("LANG", "C", "LC_ALL", "C"), List.of(),
					command.toArray(String[]::new));

			assertThat(child.waitFor()).as(command.toString()).isEqualTo(1);
			assertThat(child.output().strip()).as(command.toString()).isEqualTo(ENCODING_LINE);
		}
	}

	@Test
	void ingestWithAMissingDropRootNamesTheFolderAndTheSettingAndExits1(@TempDir Path parent) {
		Path missing = parent.resolve("no-such-drop");

		Result result = run(withDatabase("ingest", "--unionstats.drop-root=" + missing));

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err().strip().lines()).singleElement()
			.asString()
			.contains(missing.toString())
			.contains("unionstats.drop-root")
			.contains("UNIONSTATS_DROP_ROOT");
		assertThat(missing).doesNotExist();
	}

	@Test
	void ingestOnAFreshDropRootMakesItsInbox(@TempDir Path dropRoot) {
		Result result = run(withDatabase("ingest", "--unionstats.drop-root=" + dropRoot));

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(dropRoot.resolve("inbox")).isDirectory();
	}

	@Test
	void serveNeverCreatesAMissingDatabaseAndSaysHowToCreateIt() throws SQLException {
		String name = "unionstats_mistyped_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

		Result result = run("serve", "--spring.datasource.url=jdbc:postgresql://" + TestDatabase.host() + "/" + name,
				"--spring.datasource.username=" + TestDatabase.user());

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err().strip().lines()).singleElement()
			.asString()
			.startsWith("unionstats: database \"" + name + "\" does not exist on " + TestDatabase.host())
			.contains("createdb");
		assertThat(databaseExists(name)).isFalse();
	}

	@Test
	void aOneShotCommandThatCreatesTheDatabaseSaysSoOnStandardError() throws Exception {
		String name = "unionstats_created_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		try {
			ChildJvm status = ChildJvm.startPlain(Map.of("LANG", "C.UTF-8"), List.of(), "status",
					"--spring.datasource.url=jdbc:postgresql://" + TestDatabase.host() + "/" + name,
					"--spring.datasource.username=" + TestDatabase.user());

			assertThat(status.waitFor()).as(status.output()).isZero();
			assertThat(status.output()).contains("unionstats: created database \"" + name + "\" on "
					+ TestDatabase.host() + " (it did not exist). If the name is mistyped, drop it: dropdb");
		}
		finally {
			maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static boolean databaseExists(String name) throws SQLException {
		try (Connection connection = maintenanceConnection();
				PreparedStatement query = connection
					.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
			query.setString(1, name);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getInt(1) > 0;
			}
		}
	}

	private static void maintenance(String sql) throws SQLException {
		try (Connection connection = maintenanceConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection maintenanceConnection() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.host() + "/postgres",
				TestDatabase.user(), null);
	}

}

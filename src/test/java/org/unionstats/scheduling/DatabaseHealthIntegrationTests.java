package org.unionstats.scheduling;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health follows the database: DOWN while it is gone, UP again once it is back.
 */
class DatabaseHealthIntegrationTests {

	private static final String THROWAWAY = TestDatabase.name() + "_gone";

	@TempDir
	Path folder;

	@AfterEach
	void dropThrowawayDatabase() throws SQLException {
		execute("DROP DATABASE IF EXISTS " + THROWAWAY + " WITH (FORCE)");
	}

	@Test
	void healthIsDownWhileTheDatabaseIsGoneAndUpWhenItReturns() throws Exception {
		execute("CREATE DATABASE " + THROWAWAY);
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		String url = "jdbc:postgresql://" + TestDatabase.host() + "/" + THROWAWAY;
		try (ServeNode node = ServeNode.startOn(url, "db-health-tests", jobs, drop,
				"--spring.datasource.hikari.connection-timeout=2000")) {
			assertThat(databaseStatus(node)).isEqualTo("UP");

			execute("DROP DATABASE " + THROWAWAY + " WITH (FORCE)");
			await().atMost(Duration.ofSeconds(60)).until(() -> "DOWN".equals(databaseStatus(node)));
			assertThat(node.get("/actuator/health").statusCode()).isEqualTo(503);

			execute("CREATE DATABASE " + THROWAWAY);
			await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(databaseStatus(node)));
		}
	}

	private static String databaseStatus(ServeNode node) {
		HttpResponse<String> response = node.get("/actuator/health");
		return JsonPath.read(response.body(), "$.components.db.status");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://" + TestDatabase.host() + "/postgres", TestDatabase.user(), null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

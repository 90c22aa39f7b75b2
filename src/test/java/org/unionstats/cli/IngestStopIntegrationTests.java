package org.unionstats.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.ChildJvm;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

class IngestStopIntegrationTests {

	@Test
	void sigtermDuringAPassStopsTheJobCleanlyInOneLine(@TempDir Path dropRoot) throws Exception {
		CommandLineIntegrationTests
			.run(CommandLineIntegrationTests.withDatabase("registry", "import", "sample-data/registry.csv"));
		Path workbook = drop(dropRoot, "110102014", "天桥.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "天桥服务站", "运行")));
		ChildJvm ingest = ChildJvm.start(List.of(), "ingest", "--unionstats.drop-root=" + dropRoot,
				"--unionstats.quiet-time=60s");
		long execution = awaitQuietTime(ingest);

		boolean ended = ingest.terminate(Duration.ofSeconds(45));

		assertThat(ended).as("ended within 45 s of SIGTERM:\n%s", ingest.output()).isTrue();
		assertThat(ingest.output()).contains(IngestCommand.STOPPED)
			.doesNotContain(" ERROR ")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
		assertThat(status(execution)).isEqualTo("STOPPED");
		assertThat(workbook).as("left in the inbox for the next pass").exists();
	}

	/** Waits for the child's pass to sleep through the quiet time; its execution id. */
	private static long awaitQuietTime(ChildJvm child) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			assertThat(child.isAlive()).as("child alive:\n%s", child.output()).isTrue();
			Long execution = runningClaimStep();
			if (execution != null) {
				return execution;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the pass never reached its quiet time:\n" + child.output());
	}

	private static Long runningClaimStep() throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				PreparedStatement query = connection.prepareStatement("""
						SELECT max(s.job_execution_id) FROM batch_step_execution s
						 WHERE s.step_name = 'claimFiles' AND s.status = 'STARTED'
						""");
				ResultSet row = query.executeQuery()) {
			row.next();
			long id = row.getLong(1);
			return row.wasNull() ? null : id;
		}
		catch (SQLException ex) {
			// The child has not created the tables yet.
			return null;
		}
	}

	private static String status(long execution) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				PreparedStatement query = connection
					.prepareStatement("SELECT status FROM batch_job_execution WHERE job_execution_id = ?")) {
			query.setLong(1, execution);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
	}

}

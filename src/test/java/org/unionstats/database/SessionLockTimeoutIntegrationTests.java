package org.unionstats.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.support.ChildJvm;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = "unionstats.lock-timeout=1s")
class SessionLockTimeoutIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyApplicationSessionHasTheConfiguredLockTimeoutAndNoStatementTimeout() {
		assertThat(this.jdbc.sql("SHOW lock_timeout").query(String.class).single()).isEqualTo("1s");
		assertThat(this.jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("0");
	}

	@Test
	void aPassMeetingATableLockedByAnotherSessionEndsInsteadOfWaiting(@TempDir Path dropRoot) throws Exception {
		drop(dropRoot, "110102014", "天桥.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "天桥服务站", "运行")));
		try (Connection other = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				Statement lock = other.createStatement()) {
			other.setAutoCommit(false);
			lock.execute("LOCK TABLE ops.submission IN ACCESS EXCLUSIVE MODE");

			ChildJvm ingest = ChildJvm.start(List.of(), "ingest", "--unionstats.drop-root=" + dropRoot,
					"--unionstats.quiet-time=0s", "--unionstats.lock-timeout=1s");

			assertThat(ingest.waitFor(Duration.ofSeconds(90))).as("ended while the lock is held:\n%s", ingest.output())
				.isTrue();
			assertThat(ingest.output()).contains("lock timeout");
			other.rollback();
		}
	}

}

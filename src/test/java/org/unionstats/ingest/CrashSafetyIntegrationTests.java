package org.unionstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import org.unionstats.intake.CrashPoint;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.FilesUnder;
import org.unionstats.support.ChildJvm;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.guanganmenwai2017;
import static org.unionstats.support.Submissions.modifiedAt;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;

/**
 * Killing the process at any point, then running again, ends in the same warehouse and
 * the same file placement as an uninterrupted run.
 */
@IntegrationTest
@TestPropertySource(properties = "unionstats.quiet-time=0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIntegrationTests {

	@Autowired
	IngestLauncher launcher;

	@Autowired
	RegistryImporter registry;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path workspace;

	Path fixture;

	List<String> uninterrupted;

	@BeforeAll
	void recordAnUninterruptedRun() throws Exception {
		this.fixture = workspace.resolve("fixture");
		writeFixture(this.fixture);
		Path dropRoot = freshDropRoot("clean");
		this.launcher.runOnce(dropRoot);
		this.uninterrupted = warehouseAndFiles(dropRoot);
		assertThat(this.uninterrupted).anySatisfy((line) -> assertThat(line).contains("ACCEPTED"))
			.anySatisfy((line) -> assertThat(line).contains("REJECTED"))
			.anySatisfy((line) -> assertThat(line).contains("DUPLICATE"));
	}

	@ParameterizedTest
	@ValueSource(strings = { CrashPoint.AFTER_CLAIM, CrashPoint.MID_STAGING, CrashPoint.INSIDE_MERGE,
			CrashPoint.AFTER_COMMIT, CrashPoint.DURING_FEEDBACK })
	void aPassKilledAtAnyPointIsCompletedByTheNextPass(String crashPoint) throws Exception {
		Path dropRoot = freshDropRoot(crashPoint);
		long executionsBefore = this.jdbc.sql("SELECT coalesce(max(job_execution_id), 0) FROM batch_job_execution")
			.query(Long.class)
			.single();

		ChildJvm killed = ChildJvm.start(List.of("unionstats.crash-at=" + crashPoint), "ingest",
				"--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s");
		assertThat(killed.waitFor()).as(killed.output()).isEqualTo(99);
		this.launcher.runOnce(dropRoot);

		assertThat(warehouseAndFiles(dropRoot)).isEqualTo(this.uninterrupted);
		assertThat(this.jdbc.sql("""
				SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
				WHERE i.job_name = 'ingest' AND e.job_execution_id > :before ORDER BY e.job_execution_id""")
			.param("before", executionsBefore)
			.query(String.class)
			.list()).as("the killed pass marked failed by the next, which completed")
			.containsExactly("FAILED", "COMPLETED");
	}

	/**
	 * The child pauses inside a file's open transaction (staging a chunk, or merging
	 * before commit) while every connection it has is dropped, its lease's included. The
	 * files whose work was cut are either recorded as failed and left in the inbox while
	 * the pass goes on (their failure could be recorded on a new connection), or the pass
	 * fails as a whole (it could not be): either way in one line each, and nothing is
	 * lost.
	 */
	@ParameterizedTest
	@ValueSource(strings = { CrashPoint.MID_STAGING, CrashPoint.INSIDE_MERGE })
	void aPassWhoseDatabaseConnectionsDropMidFileLosesNothingAndTheNextPassCompletesIt(String point) throws Exception {
		Path dropRoot = freshDropRoot("connections-dropped-" + point);
		Path paused = workspace.resolve("paused-" + point);
		ChildJvm dropped = ChildJvm.start(List.of("unionstats.pause-at=" + point, "unionstats.pause-file=" + paused),
				"ingest", "--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + DROPPED_APPLICATION);
		awaitPause(paused, dropped);

		assertThat(terminateBackends(DROPPED_APPLICATION)).isPositive();
		Files.delete(paused);

		int exitCode = dropped.waitFor();
		// Usually PostgreSQL's own reason; the closed connection when no statement was
		// running as the session was ended.
		String reason = "(PSQLException: FATAL: terminating connection due to administrator command"
				+ "|SQLException: Connection is closed)";
		assertThat(dropped.output()).as("one line for whoever runs it, not pages of stack traces")
			.containsPattern((exitCode == 0) ? "\\[FAILED\\] .* left for the next pass .*\\(" + reason
					: "ingest: the pass did not complete \\(" + reason + "\\)\\.")
			.doesNotContainPattern("(\\tat .*\\R){3}");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM ops.submission
				WHERE status = 'FAILED' OR (finished_at IS NULL AND status IN ('CLAIMED', 'STAGED'))""")
			.query(Integer.class)
			.single()).as("the files cut short recorded as failed, or left claimed").isPositive();

		assertThat(this.launcher.runOnce(dropRoot).completed()).isTrue();

		assertThat(warehouseAndFiles(dropRoot)).isEqualTo(this.uninterrupted);
	}

	@Test
	void twoProcessesOverOneInboxTakeEachFileExactlyOnce() throws Exception {
		Path dropRoot = freshDropRoot("two-processes");
		FileSystemUtils.deleteRecursively(dropRoot.resolve("inbox"));
		int files = 0;
		for (String period : List.of("2017-Q1", "2017-Q2", "2017-Q3")) {
			for (String[] federation : FEDERATIONS) {
				if (files++ < 50) {
					drop(dropRoot, federation[0], period + ".xlsx",
							profile(federation[0], federation[1], federation[2], period, 100 + files, 1000),
							List.of(serviceStation("S" + files, "服务站" + files, "运行")));
				}
			}
		}

		ChildJvm first = ChildJvm.start(List.of(), "ingest", "--unionstats.drop-root=" + dropRoot,
				"--unionstats.quiet-time=0s");
		ChildJvm second = ChildJvm.start(List.of(), "ingest", "--unionstats.drop-root=" + dropRoot,
				"--unionstats.quiet-time=0s");
		assertThat(first.waitFor()).as(first.output()).isZero();
		assertThat(second.waitFor()).as(second.output()).isZero();

		assertThat(this.jdbc.sql("SELECT status, count(*) FROM ops.submission GROUP BY status")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).containsExactly("ACCEPTED=50");
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NULL")
			.query(Integer.class)
			.single()).isZero();
		assertThat(FilesUnder.list(dropRoot.resolve("archive"))).hasSize(50);
		assertThat(FilesUnder.list(dropRoot.resolve("inbox"))).isEmpty();
	}

	private static void awaitPause(Path paused, ChildJvm child) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!Files.exists(paused)) {
			assertThat(System.currentTimeMillis()).as("the child did not pause within 60 s:%n%s", child.output())
				.isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/** Drops every connection of the given application, as a network failure would. */
	private int terminateBackends(String applicationName) {
		return this.jdbc.sql("""
				SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = :application""")
			.param("application", applicationName)
			.query(Integer.class)
			.single();
	}

	private Path freshDropRoot(String name) throws IOException {
		DatabaseCleaner.clean(this.jdbc);
		this.registry.importFile(Path.of("sample-data/registry.csv"));
		Path dropRoot = workspace.resolve(name);
		FileSystemUtils.copyRecursively(this.fixture, dropRoot.resolve("inbox"));
		try (Stream<Path> files = Files.walk(this.fixture)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(dropRoot.resolve("inbox").resolve(this.fixture.relativize(file)),
						Files.getLastModifiedTime(file));
			}
		}
		return dropRoot;
	}

	private static void writeFixture(Path inbox) throws IOException {
		Path root = inbox.getParent().resolve("fixture-root");
		Instant base = Instant.parse("2018-01-05T08:00:00Z");
		modifiedAt(drop(root, "110102020", "广安门外.xlsx", guanganmenwai2017(),
				List.of(serviceStation("S1", "服务站一", "运行"), warmStation("W1", "驿站一", "运行"))), base);
		modifiedAt(drop(root, "110102014", "天桥.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "天桥服务站", "运行"))), base.plusSeconds(60));
		modifiedAt(
				drop(root, "110102014", "天桥-更正.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 850, 5567),
						List.of(serviceStation("S1", "天桥服务站", "运行"), serviceStation("S2", "天桥服务站二", "运行"))),
				base.plusSeconds(120));
		modifiedAt(drop(root, "110102017", "广安门内.xlsx", profile("110102017", "广安门内街道", "朝阳区", "2017", 562, 5805),
				List.of()), base.plusSeconds(180));
		Path original = drop(root, "110102017", "广安门内-正确.xlsx",
				profile("110102017", "广安门内街道", "西城区", "2017", 562, 5805), List.of());
		modifiedAt(original, base.plusSeconds(240));
		Path copy = root.resolve("inbox/110102017/广安门内-再次.xlsx");
		Files.copy(original, copy);
		modifiedAt(copy, base.plusSeconds(300));
		FileSystemUtils.copyRecursively(root.resolve("inbox"), inbox);
		try (Stream<Path> files = Files.walk(root.resolve("inbox"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(inbox.resolve(root.resolve("inbox").relativize(file)),
						Files.getLastModifiedTime(file));
			}
		}
	}

	private List<String> warehouseAndFiles(Path dropRoot) throws IOException {
		List<String> state = new ArrayList<>();
		state.addAll(this.jdbc.sql("""
				SELECT 'submission ' || folder_code || ' ' || original_name || ' ' || status || ' ' || stored_name
				       || ' finished=' || (finished_at IS NOT NULL) || ' errors=' || error_count
				       || ' warnings=' || warning_count
				FROM ops.submission
				WHERE status <> 'FAILED' -- failed tries are the history of what went wrong, not an outcome
				ORDER BY stored_name""").query(String.class).list());
		state.addAll(this.jdbc.sql("""
				SELECT 'issue ' || s.stored_name || ' ' || i.code || ' ' || coalesce(i.sheet, '') || ' '
				       || coalesce(i.cell_ref, '')
				FROM ops.issue i JOIN ops.submission s USING (submission_id)
				ORDER BY s.stored_name, i.code, i.sheet, i.cell_ref""").query(String.class).list());
		state.addAll(this.jdbc.sql("""
				SELECT 'staged ' || s.stored_name || ' ' || count(*)
				FROM staging.facility f JOIN ops.submission s USING (submission_id)
				GROUP BY s.stored_name ORDER BY s.stored_name""").query(String.class).list());
		state.add(this.jdbc.sql("""
				SELECT 'rows of forgotten claims: '
				       || (SELECT count(*) FROM staging.facility f
				           WHERE NOT EXISTS (SELECT FROM ops.submission s WHERE s.submission_id = f.submission_id))
				       || ' staged, '
				       || (SELECT count(*) FROM ops.issue i
				           WHERE NOT EXISTS (SELECT FROM ops.submission s WHERE s.submission_id = i.submission_id))
				       || ' issues'""").query(String.class).single());
		state.addAll(this.jdbc.sql("""
				SELECT 'profile ' || period || ' ' || federation_code || ' ' || union_orgs || ' ' || members
				FROM core.federation_profile ORDER BY period, federation_code""").query(String.class).list());
		state.addAll(this.jdbc.sql("""
				SELECT 'facility ' || period || ' ' || federation_code || ' ' || facility_type || ' ' || code || ' '
				       || name || ' ' || status || ' ' || reported
				FROM core.facility_snapshot ORDER BY period, federation_code, facility_type, code""")
			.query(String.class)
			.list());
		FilesUnder.list(dropRoot).forEach((file) -> state.add("file " + file));
		return state;
	}

	private static final String DROPPED_APPLICATION = "unionstats-connections-dropped";

	private static final String[][] FEDERATIONS = { { "110102001", "西长安街街道", "西城区" }, { "110102003", "新街口街道", "西城区" },
			{ "110102007", "月坛街道", "西城区" }, { "110102009", "展览路街道", "西城区" }, { "110102010", "德胜街道", "西城区" },
			{ "110102011", "金融街街道", "西城区" }, { "110102012", "什刹海街道", "西城区" }, { "110102013", "大栅栏街道", "西城区" },
			{ "110102014", "天桥街道", "西城区" }, { "110102015", "椿树街道", "西城区" }, { "110102016", "陶然亭街道", "西城区" },
			{ "110102017", "广安门内街道", "西城区" }, { "110102018", "牛街街道", "西城区" }, { "110102019", "白纸坊街道", "西城区" },
			{ "110102020", "广安门外街道", "西城区" }, { "110105015", "八里庄街道", "朝阳区" }, { "110111011", "拱辰街道", "房山区" } };

}

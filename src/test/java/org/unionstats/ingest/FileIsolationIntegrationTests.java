package org.unionstats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FailedFiles;
import org.unionstats.intake.FailedFilesReport;
import org.unionstats.intake.FileOutcome;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.modifiedAt;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * One file never stops the rest: a failure while staging, deciding or publishing one file
 * is recorded against that file, the other files of the pass are processed normally, and
 * the failed file is tried again by the next pass, or set aside in {@code failed/} after
 * {@code unionstats.max-tries}. One worker, so that every file shares one bucket; a lock
 * waited for more than two seconds fails the waiting file.
 */
@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = { "unionstats.quiet-time=0s", "unionstats.workers=1", "unionstats.max-tries=3",
		"unionstats.lock-timeout=2s" })
class FileIsolationIntegrationTests {

	static final String GUANGANMENWAI = "110102020";

	static final String TIANQIAO = "110102014";

	static final String XICHANGANJIE = "110102001";

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	FailedFilesReport report;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dropRoot;

	@AfterEach
	void removeInjectedFailures() {
		this.jdbc.sql("DROP FUNCTION IF EXISTS public.injected_failure() CASCADE").update();
	}

	/**
	 * Whatever failed: every file is either placed once with its feedback, or still in
	 * the inbox, or in failed/; and the warehouse holds exactly what was accepted.
	 */
	@AfterEach
	void everyFileIsInExactlyOnePlaceAndTheWarehouseMatchesWhatWasAccepted() throws IOException {
		List<String> placed = this.jdbc.sql("""
				SELECT placed_path FROM ops.submission WHERE placed_path IS NOT NULL AND finished_at IS NOT NULL""")
			.query(String.class)
			.list();
		List<String> feedback = this.jdbc.sql("""
				SELECT feedback_path FROM ops.submission
				WHERE set_aside_at IS NULL AND finished_at IS NOT NULL AND status <> 'FAILED'""")
			.query(String.class)
			.list();
		assertThat(placed).doesNotHaveDuplicates().allSatisfy((path) -> assertThat(Path.of(path)).isRegularFile());
		assertThat(feedback).allSatisfy((path) -> assertThat(Path.of(path)).isRegularFile());
		List<String> outsideTheInbox = regularFiles().stream()
			.filter((file) -> !file.startsWith(this.dropRoot.resolve("inbox")))
			.filter((file) -> !file.startsWith(this.dropRoot.resolve("feedback")))
			.filter((file) -> !file.startsWith(this.dropRoot.resolve("elsewhere")))
			.filter((file) -> !file.getFileName().toString().endsWith(".reason.txt"))
			.map(Path::toString)
			.toList();
		assertThat(outsideTheInbox).as("every file out of the inbox is a placed submission")
			.containsExactlyInAnyOrderElementsOf(placed);
		assertThat(this.jdbc.sql("""
				SELECT federation_code || ' ' || period || ' ' || submission_id FROM core.federation_profile
				ORDER BY 1""").query(String.class).list()).isEqualTo(this.jdbc.sql("""
				SELECT federation_code || ' ' || period || ' ' || submission_id FROM ops.submission
				WHERE status = 'ACCEPTED' ORDER BY 1""").query(String.class).list());
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM staging.facility f JOIN ops.submission s USING (submission_id)
				WHERE s.status = 'FAILED'""").query(Long.class).single()).isZero();
	}

	@Test
	void aFileWaitingTooLongForALockHeldElsewhereIsLeftForTheNextPassWhileThePassGoesOn() throws Exception {
		dropGuanganmenwai("S1");
		IngestSummary summary;
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("LOCK TABLE core.federation_profile IN ACCESS EXCLUSIVE MODE");
			}

			summary = this.launcher.runOnce(this.dropRoot);

			holder.rollback();
		}

		assertThat(summary.completed()).isTrue();
		assertThat(outcomes(summary)).containsExactly(GUANGANMENWAI + " FAILED");
		assertThat(failedOf(summary).failure()).contains("lock timeout").contains("at decide");

		IngestSummary next = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(next)).containsExactly(GUANGANMENWAI + " ACCEPTED");
	}

	@Test
	void aFileWhoseStagingFailsStaysInTheInboxWhileTheOtherFilesOfThePassAreAccepted() throws Exception {
		failInserting("staging.facility", "NEW.code = 'BOOM'");
		Path failing = dropGuanganmenwai("S1", "BOOM");
		dropTianqiao();
		double failedBefore = failedCount("stage", "retry");

		IngestSummary summary = this.launcher.runOnce(this.dropRoot);

		assertThat(summary.completed()).isTrue();
		assertThat(summary.failure()).isNull();
		assertThat(outcomes(summary)).containsExactlyInAnyOrder(TIANQIAO + " ACCEPTED", GUANGANMENWAI + " FAILED");
		assertThat(failedOf(summary).failure()).contains("injected failure").contains("at stage (try 1 of 3)");
		assertThat(failing).exists();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM staging.facility
				WHERE submission_id IN (SELECT submission_id FROM ops.submission WHERE status = 'FAILED')""")
			.query(Long.class)
			.single()).isZero();
		assertThat(failedCount("stage", "retry")).isEqualTo(failedBefore + 1);
		assertThat(this.report.waiting(10)).singleElement().asString().contains(GUANGANMENWAI).contains("stage");

		removeInjectedFailures();
		IngestSummary next = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(next)).containsExactly(GUANGANMENWAI + " ACCEPTED");
		assertThat(inbox()).isEmpty();
		assertThat(this.report.waiting(10)).isEmpty();
	}

	@Test
	void aDatabaseFailureWhileReadingAGroupFailsTheFileInHandAndGivesTheGroupsOtherFilesBackUncounted()
			throws Exception {
		Path guanganmenwai = dropGuanganmenwai("S1", "S2");
		Path tianqiao = dropTianqiao();
		IngestSummary first;
		// Validation looks up whether the period is closed: held locked past the lock
		// timeout, that lookup fails the way a dropped connection does.
		try (Connection locker = this.dataSource.getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("LOCK TABLE core.period IN ACCESS EXCLUSIVE MODE");
			first = this.launcher.runOnce(this.dropRoot);
			locker.rollback();
		}

		assertThat(first.completed()).isTrue();
		assertThat(first.files()).singleElement().satisfies((file) -> {
			assertThat(file.outcome()).isEqualTo("FAILED");
			assertThat(file.failure()).contains("at stage (try 1 of 3)");
		});
		assertThat(first.givenBack()).as("the other file of the group, told, not silently dropped").isOne();
		assertThat(guanganmenwai).exists();
		assertThat(tianqiao).exists();
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NULL")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.report.waiting(10)).hasSize(1);

		IngestSummary second = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(second)).containsExactlyInAnyOrder(GUANGANMENWAI + " ACCEPTED", TIANQIAO + " ACCEPTED");
		assertThat(inbox()).isEmpty();
		assertThat(this.report.waiting(10)).isEmpty();
	}

	@Test
	void aFileWhoseDecisionKeepsFailingIsSetAsideInFailedWithItsReasonAfterTheConfiguredTries() throws Exception {
		failInserting("core.federation_profile", "NEW.federation_code = '" + GUANGANMENWAI + "'");
		dropGuanganmenwai("S1");
		dropTianqiao();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger failedFiles = (Logger) LoggerFactory.getLogger(FailedFiles.class);
		failedFiles.addAppender(log);
		log.start();

		IngestSummary first;
		try {
			first = this.launcher.runOnce(this.dropRoot);
		}
		finally {
			failedFiles.detachAppender(log);
		}
		IngestSummary second = this.launcher.runOnce(this.dropRoot);
		IngestSummary third = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(first)).containsExactlyInAnyOrder(TIANQIAO + " ACCEPTED", GUANGANMENWAI + " FAILED");
		assertThat(log.list).singleElement()
			.satisfies(
					(event) -> assertThat(event.getMDCPropertyMap()).as("the log's context names the failure's place")
						.containsEntry("job", "ingest")
						.containsEntry("federation", GUANGANMENWAI)
						.containsKey("submission")
						.hasEntrySatisfying("step", (step) -> assertThat(step).startsWith("decideSubmission")));
		assertThat(failedOf(second).failure()).contains("at decide (try 2 of 3)");
		assertThat(outcomes(third)).containsExactly(GUANGANMENWAI + " SET_ASIDE");
		assertThat(inbox()).isEmpty();
		Path setAside = failedOf(third).placed();
		assertThat(setAside).exists().hasParent(this.dropRoot.resolve("failed/" + GUANGANMENWAI));
		assertThat(setAside.resolveSibling(setAside.getFileName() + ".reason.txt")).content(StandardCharsets.UTF_8)
			.contains("injected failure")
			.contains("decide")
			.contains("inbox/" + GUANGANMENWAI);
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.federation_profile WHERE federation_code = :code")
			.param("code", GUANGANMENWAI)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.report.setAside(10)).singleElement().asString().contains("after 3 tries at decide");
		assertThat(this.report.waiting(10)).isEmpty();
	}

	@Test
	void aPublicationThatFailsKeepsItsVerdictAndIsFinishedByTheNextPassWhileTheBucketGoesOn() throws Exception {
		Path blocked = this.dropRoot.resolve("feedback").resolve(GUANGANMENWAI);
		Files.createDirectories(blocked.getParent());
		Files.writeString(blocked, "a file where the federation's feedback folder should be");
		modifiedAt(dropGuanganmenwai("S1"), Instant.parse("2018-01-10T08:00:00Z"));
		modifiedAt(dropTianqiao(), Instant.parse("2018-01-11T08:00:00Z"));

		IngestSummary first = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(first)).containsExactlyInAnyOrder(TIANQIAO + " ACCEPTED", GUANGANMENWAI + " FAILED");
		assertThat(failedOf(first).failure()).contains("at publish (try 1 of 3)");
		assertThat(this.report.waiting(10)).singleElement().asString().contains("verdict ACCEPTED stands");
		assertThat(merged(GUANGANMENWAI)).isEqualTo(1);

		Files.delete(blocked);
		IngestSummary second = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(second)).containsExactly(GUANGANMENWAI + " ACCEPTED");
		assertThat(second.files().get(0).feedback()).exists();
		assertThat(second.files().get(0).placed()).exists()
			.hasParent(this.dropRoot.resolve("archive/2017/" + GUANGANMENWAI));
		assertThat(inbox()).isEmpty();
		assertThat(merged(GUANGANMENWAI)).isEqualTo(1);
		assertThat(this.report.waiting(10)).isEmpty();
	}

	@Test
	void aFileNameTooLongForItsFeedbackIsShortenedKeepingItsExtension() throws Exception {
		String longName = "广安门外街道工会服务站暖心驿站职工之家".repeat(4) + ".xlsx";
		assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isBetween(230, 255);
		drop(this.dropRoot, GUANGANMENWAI, longName, profile(GUANGANMENWAI, "广安门外街道", "西城区", "2017", 10, 100),
				List.of(serviceStation("S1", "服务站", "运行")));

		IngestSummary summary = this.launcher.runOnce(this.dropRoot);

		FileOutcome file = summary.files().get(0);
		assertThat(file.outcome()).isEqualTo("ACCEPTED");
		assertThat(file.feedback()).exists();
		assertThat(file.placed()).exists();
		String placed = file.placed().getFileName().toString();
		assertThat(placed).endsWith("~.xlsx").contains("广安门外街道");
		assertThat(file.feedback().getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(255);
	}

	@Test
	void aWorkbookReplacedOrDeletedWhileProcessedIsArchivedAsJudgedAndTheNewVersionIsJudgedOnItsOwn() throws Exception {
		modifiedAt(dropGuanganmenwai("S1"), Instant.parse("2018-01-10T08:00:00Z"));
		Path replaced = modifiedAt(dropTianqiao(), Instant.parse("2018-01-11T08:00:00Z"));
		Path deleted = modifiedAt(drop(this.dropRoot, XICHANGANJIE, "2017.xlsx",
				profile(XICHANGANJIE, "西长安街街道", "西城区", "2017", 10, 100), List.of(serviceStation("S1", "站", "运行"))),
				Instant.parse("2018-01-12T08:00:00Z"));
		byte[] judged = Files.readAllBytes(replaced);

		IngestSummary summary = this.launcher.runOnce(this.dropRoot, (file, done, total) -> {
			if (done == 1) {
				// Both happen after the two files were claimed and judged, before they
				// move.
				replaceWithNewVersion(replaced);
				delete(deleted);
			}
		});

		assertThat(outcomes(summary)).containsOnly(GUANGANMENWAI + " ACCEPTED", TIANQIAO + " ACCEPTED",
				XICHANGANJIE + " ACCEPTED");
		FileOutcome tianqiao = outcomeOf(summary, TIANQIAO);
		assertThat(tianqiao.placed()).hasBinaryContent(judged);
		assertThat(replaced).exists();
		assertThat(Files.readAllBytes(replaced)).isNotEqualTo(judged);
		assertThat(outcomeOf(summary, XICHANGANJIE).placed()).exists();
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE placed_path IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(3);

		IngestSummary next = this.launcher.runOnce(this.dropRoot);

		assertThat(outcomes(next)).containsExactly(TIANQIAO + " ACCEPTED");
		assertThat(this.jdbc.sql("SELECT members FROM core.federation_profile WHERE federation_code = :code")
			.param("code", TIANQIAO)
			.query(Integer.class)
			.single()).isEqualTo(7777);
	}

	@Test
	void symbolicLinksAndFifosInTheInboxAreNeverFollowedAndAreReported() throws Exception {
		Path outside = Files.createDirectories(this.dropRoot.resolve("elsewhere")).resolve("secret.xlsx");
		Files.writeString(outside, "not for the pass");
		Path folder = Files.createDirectories(this.dropRoot.resolve("inbox").resolve(GUANGANMENWAI));
		Files.createSymbolicLink(folder.resolve("link.xlsx"), outside);
		Files.createSymbolicLink(this.dropRoot.resolve("inbox").resolve(TIANQIAO), outside.getParent());
		Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.xlsx").toString()).start();
		assertThat(mkfifo.waitFor()).isZero();

		IngestSummary summary = this.launcher.runOnce(this.dropRoot);

		assertThat(summary.completed()).isTrue();
		assertThat(summary.files()).isEmpty();
		assertThat(outside).exists();
		assertThat(this.jdbc.sql("SELECT entry_path || ' ' || kind FROM ops.skipped_entry ORDER BY 1")
			.query(String.class)
			.list()).containsExactlyInAnyOrder(GUANGANMENWAI + "/link.xlsx SYMLINK",
					GUANGANMENWAI + "/pipe.xlsx SPECIAL_FILE", TIANQIAO + " SYMLINK");
	}

	private void failInserting(String table, String condition) {
		this.jdbc.sql("""
				CREATE FUNCTION public.injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF %s THEN RAISE EXCEPTION 'injected failure'; END IF;
				    RETURN NEW;
				END $$""".formatted(condition)).update();
		this.jdbc.sql(
				"CREATE TRIGGER injected_failure BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION public.injected_failure()"
					.formatted(table))
			.update();
	}

	private Path dropGuanganmenwai(String... codes) throws IOException {
		return drop(this.dropRoot, GUANGANMENWAI, "广安门外.xlsx",
				profile(GUANGANMENWAI, "广安门外街道", "西城区", "2017", 2135, 9171),
				Stream.of(codes).map((code) -> serviceStation(code, "服务站" + code, "运行")).toList());
	}

	private Path dropTianqiao() throws IOException {
		return drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "服务站", "运行")));
	}

	private void replaceWithNewVersion(Path file) {
		try {
			drop(this.dropRoot, TIANQIAO, file.getFileName().toString(),
					profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 7777), List.of(serviceStation("S1", "服务站", "运行")));
			modifiedAt(file, Instant.parse("2018-01-13T08:00:00Z"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long merged(String federation) {
		return this.jdbc.sql("SELECT count(*) FROM core.federation_profile WHERE federation_code = :code")
			.param("code", federation)
			.query(Long.class)
			.single();
	}

	private double failedCount(String stage, String then) {
		return this.meters.counter("unionstats.files.failed", "stage", stage, "then", then).count();
	}

	private static List<String> outcomes(IngestSummary summary) {
		return summary.files().stream().map((file) -> file.folderCode() + " " + file.outcome()).toList();
	}

	private static FileOutcome failedOf(IngestSummary summary) {
		return summary.files().stream().filter(FileOutcome::failed).findFirst().orElseThrow();
	}

	private static FileOutcome outcomeOf(IngestSummary summary, String folder) {
		return summary.files().stream().filter((file) -> file.folderCode().equals(folder)).findFirst().orElseThrow();
	}

	private List<Path> regularFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.dropRoot)) {
			return files.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter((file) -> !this.dropRoot.relativize(file).startsWith(".work"))
				.toList();
		}
	}

	private List<Path> inbox() throws IOException {
		try (Stream<Path> files = Files.walk(this.dropRoot.resolve("inbox"))) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}

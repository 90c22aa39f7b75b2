package org.unionstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FileOutcome;
import org.unionstats.people.LocalTimes;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.workbook.FacilityRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.childcareClass;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.guanganmenwai2017;
import static org.unionstats.support.Submissions.modifiedAt;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;

@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = { "unionstats.quiet-time=0s", "unionstats.time-zone=Asia/Shanghai" })
class IngestIntegrationTests {

	static final String GUANGANMENWAI = "110102020";

	static final String TIANQIAO = "110102014";

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@TempDir
	Path dropRoot;

	@Test
	void acceptsAValidWorkbookIntoTheWarehouseWithItsWarnings() throws Exception {
		double acceptedBefore = this.meters.counter("unionstats.files", "outcome", "accepted").count();
		drop(this.dropRoot, GUANGANMENWAI, "广安门外.xlsx", guanganmenwai2017(), List.of(serviceStation("S1", "服务站一", "运行"),
				serviceStation("S2", "服务站二", "暂停"), warmStation("W1", "驿站一", null)));

		IngestSummary summary = this.launcher.runOnce(this.dropRoot);

		assertThat(summary.completed()).isTrue();
		FileOutcome file = single(summary);
		assertThat(file.outcome()).isEqualTo("ACCEPTED");
		assertThat(file.period()).isEqualTo("2017");
		assertThat(file.errors()).isZero();
		assertThat(issueCodes()).contains("ORG_SUM");
		assertThat(file.placed()).exists()
			.hasParent(this.dropRoot.resolve("archive/2017/" + GUANGANMENWAI))
			.satisfies((placed) -> assertThat(placed.getFileName().toString()).endsWith("-广安门外.xlsx"));
		assertThat(file.feedback()).exists().hasParent(this.dropRoot.resolve("feedback/" + GUANGANMENWAI));
		String stamp = new LocalTimes(ZoneId.of("Asia/Shanghai"))
			.stamp(Files.getLastModifiedTime(file.placed()).toInstant());
		assertThat(file.feedback().getFileName().toString())
			.matches(Pattern.quote("广安门外.xlsx.校验结果." + stamp + "-") + "[0-9a-f]{8}\\.xlsx");
		assertThat(Path.of(file.feedback().toString().replaceFirst("xlsx$", "json"))).exists();
		assertThat(inbox()).isEmpty();
		assertThat(this.jdbc.sql("SELECT union_orgs, members FROM core.federation_profile WHERE period = '2017'")
			.query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single()).containsExactly(2135, 9171);
		assertThat(snapshot("2017", GUANGANMENWAI)).containsExactly("service_station S1 服务站一 运行 true",
				"service_station S2 服务站二 暂停 true", "warm_station W1 驿站一 运行 true");
	}

	@Test
	void workersDecideAndPublishInParallelWhileProgressCountsEveryFileOnce() throws Exception {
		List<String[]> federations = List.of(new String[] { "110102001", "西长安街街道" },
				new String[] { "110102003", "新街口街道" }, new String[] { "110102007", "月坛街道" },
				new String[] { "110102009", "展览路街道" }, new String[] { "110102010", "德胜街道" });
		for (String[] federation : federations) {
			drop(this.dropRoot, federation[0], "2017.xlsx",
					profile(federation[0], federation[1], "西城区", "2017", 10, 100),
					List.of(serviceStation("S1", federation[1] + "服务站", "运行")));
		}
		List<String> progress = new CopyOnWriteArrayList<>();

		IngestSummary summary = this.launcher.runOnce(this.dropRoot,
				(file, done, total) -> progress.add(done + "/" + total));

		assertThat(summary.count("ACCEPTED")).isEqualTo(5);
		assertThat(progress).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
		assertThat(this.jdbc.sql("""
				SELECT step_name FROM batch_step_execution
				WHERE job_execution_id = :job AND step_name LIKE '%:bucket-%' ORDER BY step_name""")
			.param("job", summary.jobExecutionId())
			.query(String.class)
			.list()).containsExactly("decideSubmission:bucket-0", "decideSubmission:bucket-1",
					"publishSubmission:bucket-0", "publishSubmission:bucket-1");
	}

	@Test
	void everyStepBeforePublishingReportsItsProgressFromNoneToAllOfItsFiles() throws Exception {
		drop(this.dropRoot, "110102001", "2017.xlsx", profile("110102001", "西长安街街道", "西城区", "2017", 10, 100),
				List.of(serviceStation("S1", "服务站", "运行")));
		drop(this.dropRoot, "110102003", "2017.xlsx", profile("110102003", "新街口街道", "西城区", "2017", 10, 100),
				List.of(serviceStation("S1", "服务站", "运行")));
		List<String> steps = new CopyOnWriteArrayList<>();

		this.launcher.runOnce(this.dropRoot, new PassListener() {

			@Override
			public void fileDone(FileOutcome file, int done, int total) {
			}

			@Override
			public void stepProgress(PassStep step, int done, int total) {
				steps.add(step.label() + " " + done + "/" + total);
			}

		});

		assertThat(steps).containsExactly("claiming 0/2", "claiming 1/2", "claiming 2/2", "staging 0/2", "staging 1/2",
				"staging 2/2", "deciding 0/2", "deciding 1/2", "deciding 2/2");
	}

	@Test
	void rejectsAWorkbookWithErrorsAndKeepsThePreviousSubmissionInForce() throws Exception {
		drop(this.dropRoot, TIANQIAO, "first.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "服务站", "运行")));
		this.launcher.runOnce(this.dropRoot);
		drop(this.dropRoot, TIANQIAO, "second.xlsx", profile(TIANQIAO, "天桥街道", "东城区", "2017", 900, 5567),
				List.of(serviceStation("S1", "服务站", "运行"), serviceStation("S2", "新服务站", "运行")));

		FileOutcome second = single(this.launcher.runOnce(this.dropRoot));

		assertThat(second.outcome()).isEqualTo("REJECTED");
		assertThat(second.errors()).isPositive();
		assertThat(second.placed()).hasParent(this.dropRoot.resolve("rejected/" + TIANQIAO)).exists();
		assertThat(issueCodes()).contains("DISTRICT_MISMATCH");
		assertThat(unionOrgs(TIANQIAO, "2017")).isEqualTo(844);
		assertThat(snapshot("2017", TIANQIAO)).containsExactly("service_station S1 服务站 运行 true");
	}

	@Test
	void resubmissionSupersedesTheEarlierOneAndChangesTheCounts() throws Exception {
		Path first = drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "服务站", "运行")));
		modifiedAt(first, Instant.parse("2018-01-05T08:00:00Z"));
		this.launcher.runOnce(this.dropRoot);
		Path second = drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 850, 5600),
				List.of(serviceStation("S1", "服务站", "运行"), serviceStation("S2", "服务站二", "运行")));
		modifiedAt(second, Instant.parse("2018-01-09T08:00:00Z"));

		FileOutcome outcome = single(this.launcher.runOnce(this.dropRoot));

		assertThat(outcome.outcome()).isEqualTo("ACCEPTED");
		assertThat(statuses(TIANQIAO)).containsExactly("SUPERSEDED", "ACCEPTED");
		assertThat(unionOrgs(TIANQIAO, "2017")).isEqualTo(850);
		assertThat(snapshot("2017", TIANQIAO)).hasSize(2);
		assertThat(files("archive/2017/" + TIANQIAO)).hasSize(2)
			.allSatisfy((name) -> assertThat(name).endsWith("-天桥.xlsx"));
	}

	@Test
	void anOlderFileProcessedAfterANewerOneNeverReplacesIt() throws Exception {
		Path newer = drop(this.dropRoot, TIANQIAO, "new.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 900, 5567),
				List.of());
		modifiedAt(newer, Instant.parse("2018-01-09T08:00:00Z"));
		this.launcher.runOnce(this.dropRoot);
		Path older = drop(this.dropRoot, TIANQIAO, "old.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of());
		modifiedAt(older, Instant.parse("2018-01-02T08:00:00Z"));

		FileOutcome outcome = single(this.launcher.runOnce(this.dropRoot));

		assertThat(outcome.outcome()).isEqualTo("SUPERSEDED");
		assertThat(unionOrgs(TIANQIAO, "2017")).isEqualTo(900);
	}

	@Test
	void aByteIdenticalRedropIsSetAsideAsADuplicateAndChangesNothing() throws Exception {
		Path original = drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "服务站", "运行")));
		byte[] bytes = Files.readAllBytes(original);
		this.launcher.runOnce(this.dropRoot);
		long acceptedAt = acceptedSubmission(TIANQIAO);
		Files.write(this.dropRoot.resolve("inbox/" + TIANQIAO + "/天桥(1).xlsx"), bytes);

		FileOutcome duplicate = single(this.launcher.runOnce(this.dropRoot));

		assertThat(duplicate.outcome()).isEqualTo("DUPLICATE");
		assertThat(duplicate.placed()).hasParent(this.dropRoot.resolve("duplicates/" + TIANQIAO)).exists();
		assertThat(duplicate.feedback()).exists();
		assertThat(duplicate.feedback().getFileName().toString()).startsWith("天桥(1).xlsx.校验结果.").endsWith("-d1.xlsx");
		assertThat(acceptedSubmission(TIANQIAO)).isEqualTo(acceptedAt);
		assertThat(issueCodes()).contains("DUPLICATE_FILE");
		assertThat(this.jdbc.sql("SELECT message_zh FROM ops.issue WHERE code = 'DUPLICATE_FILE'")
			.query(String.class)
			.single()).as("the earlier file's time as the clerk reads it").contains("(Asia/Shanghai, UTC+08:00)");
	}

	@Test
	void identicalBytesInAnotherFederationsFolderAreJudgedOnTheirOwn() throws Exception {
		Path original = drop(this.dropRoot, GUANGANMENWAI, "g.xlsx", guanganmenwai2017(), List.of());
		byte[] bytes = Files.readAllBytes(original);
		this.launcher.runOnce(this.dropRoot);
		Path elsewhere = this.dropRoot.resolve("inbox/" + TIANQIAO + "/g.xlsx");
		Files.createDirectories(elsewhere.getParent());
		Files.write(elsewhere, bytes);

		FileOutcome wrongFolder = single(this.launcher.runOnce(this.dropRoot));

		assertThat(wrongFolder.outcome()).isEqualTo("REJECTED");
		assertThat(wrongFolder.folderCode()).isEqualTo(TIANQIAO);
		assertThat(issueCodes()).contains("FEDERATION_NOT_OWNER");
		assertThat(unionOrgs(GUANGANMENWAI, "2017")).isEqualTo(2135);
	}

	@Test
	void lockTemporaryAndHiddenFilesAndUnknownFoldersAreLeftUntouched() throws Exception {
		Path inbox = this.dropRoot.resolve("inbox/" + TIANQIAO);
		Files.createDirectories(inbox.resolve("subfolder"));
		for (String name : List.of("~$天桥.xlsx", "天桥.xlsx.tmp", "天桥.xlsx.part", ".hidden.xlsx")) {
			Files.writeString(inbox.resolve(name), "partial");
		}
		Path unknown = this.dropRoot.resolve("inbox/999999999/x.xlsx");
		Files.createDirectories(unknown.getParent());
		Files.writeString(unknown, "x");

		IngestSummary summary = this.launcher.runOnce(this.dropRoot);

		assertThat(summary.files()).isEmpty();
		assertThat(files("inbox/" + TIANQIAO)).containsExactlyInAnyOrder("~$天桥.xlsx", "天桥.xlsx.tmp", "天桥.xlsx.part",
				".hidden.xlsx", "subfolder");
		assertThat(unknown).exists();
		assertThat(this.jdbc.sql("SELECT folder_name FROM ops.unknown_folder").query(String.class).list())
			.containsExactly("999999999");
	}

	@Test
	void aNonWorkbookIsRejectedWithFeedbackAndKeptInRejected() throws Exception {
		Path csv = this.dropRoot.resolve("inbox/" + TIANQIAO + "/数据.xlsx");
		Files.createDirectories(csv.getParent());
		Files.writeString(csv, "code,name\n1,2\n");

		FileOutcome outcome = single(this.launcher.runOnce(this.dropRoot));

		assertThat(outcome.outcome()).isEqualTo("REJECTED");
		assertThat(issueCodes()).contains("FILE_FORMAT");
		assertThat(outcome.feedback()).exists();
		assertThat(outcome.placed()).hasParent(this.dropRoot.resolve("rejected/" + TIANQIAO));
	}

	@Test
	void facilityHistoryAcrossThreePeriodsKeepsOpeningRenamingClosingAndReopening() throws Exception {
		ingest("2016", List.of(serviceStation("S1", "服务站一", "运行"), serviceStation("S2", "服务站二", "运行")));
		ingest("2017", List.of(serviceStation("S1", "服务站一（新址）", "运行")));
		ingest("2018", List.of(serviceStation("S1", "服务站一（新址）", "运行"), serviceStation("S2", "服务站二", "运行")));

		assertThat(snapshot("2016", TIANQIAO)).containsExactly("service_station S1 服务站一 运行 true",
				"service_station S2 服务站二 运行 true");
		assertThat(snapshot("2017", TIANQIAO)).containsExactly("service_station S1 服务站一（新址） 运行 true",
				"service_station S2 服务站二 撤销 false");
		assertThat(snapshot("2018", TIANQIAO)).containsExactly("service_station S1 服务站一（新址） 运行 true",
				"service_station S2 服务站二 运行 true");
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.facility").query(Integer.class).single()).isEqualTo(2);
		assertThat(issueCodes()).contains("FACILITY_RENAMED");
	}

	@Test
	void aChildcareClassIsAcceptedWithItsDates() throws Exception {
		ingest("2017", List.of(childcareClass("C1", "暑期班", LocalDate.of(2017, 7, 1), LocalDate.of(2017, 8, 20))));

		assertThat(snapshot("2017", TIANQIAO)).containsExactly("childcare_class C1 暑期班 运行 true");
	}

	private void ingest(String period, List<FacilityRow> facilities) throws Exception {
		drop(this.dropRoot, TIANQIAO, period + ".xlsx", profile(TIANQIAO, "天桥街道", "西城区", period, 844, 5567),
				facilities);
		assertThat(single(this.launcher.runOnce(this.dropRoot)).outcome()).isEqualTo("ACCEPTED");
	}

	private static FileOutcome single(IngestSummary summary) {
		assertThat(summary.files()).hasSize(1);
		return summary.files().get(0);
	}

	private List<String> issueCodes() {
		return this.jdbc.sql("SELECT code FROM ops.issue ORDER BY issue_id").query(String.class).list();
	}

	private List<String> snapshot(String period, String federation) {
		return this.jdbc.sql("""
				SELECT facility_type || ' ' || code || ' ' || name || ' ' || status || ' ' || reported
				FROM core.facility_snapshot WHERE period = :period AND federation_code = :fed
				ORDER BY facility_type, code""")
			.param("period", period)
			.param("fed", federation)
			.query(String.class)
			.list();
	}

	private int unionOrgs(String federation, String period) {
		return this.jdbc
			.sql("SELECT union_orgs FROM core.federation_profile WHERE federation_code = :fed AND period = :p")
			.param("fed", federation)
			.param("p", period)
			.query(Integer.class)
			.single();
	}

	private long acceptedSubmission(String federation) {
		return this.jdbc
			.sql("SELECT submission_id FROM ops.submission WHERE federation_code = :fed AND status = 'ACCEPTED'")
			.param("fed", federation)
			.query(Long.class)
			.single();
	}

	private List<String> statuses(String federation) {
		return this.jdbc.sql("SELECT status FROM ops.submission WHERE folder_code = :fed ORDER BY submission_id")
			.param("fed", federation)
			.query(String.class)
			.list();
	}

	private List<String> inbox() throws IOException {
		try (Stream<Path> files = Files.walk(this.dropRoot.resolve("inbox"))) {
			return files.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

	private List<String> files(String folder) throws IOException {
		try (Stream<Path> files = Files.list(this.dropRoot.resolve(folder))) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}

package org.unionstats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FileOutcome;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.SubmissionWorkbookBuilder.row;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;
import static org.unionstats.support.Submissions.workerHome;

/**
 * The checks against the warehouse, as a federation sees them: warnings on an accepted
 * submission (COUNT_SWING, FACILITY_RENAMED, FACILITY_CLAIMED_ELSEWHERE), stored in
 * {@code ops.issue} with the cell they are about.
 */
@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = "unionstats.quiet-time=0s")
class WarehouseChecksIntegrationTests {

	static final String TIANQIAO = "110102014";

	static final String GUANGANMENWAI = "110102020";

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@Test
	void anActiveCountMovingByMoreThanHalfAndByMoreThanFiveIsACountSwingWarning() throws Exception {
		FileOutcome first = ingest("2016-Q4", stations(10));
		FileOutcome swung = ingest("2017-Q1", stations(20));

		assertThat(first.warnings()).isZero();
		assertThat(swung.outcome()).isEqualTo("ACCEPTED");
		assertThat(issues(swung, "COUNT_SWING"))
			.containsExactly("COUNT_SWING WARNING 工会服务站 - 20 工会服务站：工会服务站数量由上期（2016-Q4）的10个变为20个，变化幅度较大，请核实");
	}

	@Test
	void aMoveOfFiveOrLessOrOfHalfOrLessIsNoCountSwing() throws Exception {
		ingest("2016", concat(stations(10), warmStations(20)));

		FileOutcome moved = ingest("2017", concat(stations(15), warmStations(30)));

		assertThat(moved.outcome()).isEqualTo("ACCEPTED");
		assertThat(issues(moved, "COUNT_SWING")).isEmpty();
	}

	@Test
	void aTypeAbsentOnEitherSideCountsZeroThereAndSwingsBothWays() throws Exception {
		ingest("2016", concat(stations(3), warmStations(8)));

		FileOutcome swung = ingest("2017", concat(stations(3), workerHomes(10)));

		assertThat(swung.outcome()).isEqualTo("ACCEPTED");
		assertThat(issues(swung, "COUNT_SWING")).containsExactly(
				"COUNT_SWING WARNING 暖心驿站 - 0 暖心驿站：暖心驿站数量由上期（2016）的8个变为0个，变化幅度较大，请核实",
				"COUNT_SWING WARNING 职工之家 - 10 职工之家：职工之家数量由上期（2016）的0个变为10个，变化幅度较大，请核实");
	}

	@Test
	void withoutAnAcceptedPreviousPeriodOfTheSameTypeThereIsNoCountSwing() throws Exception {
		ingest("2016", stations(1));

		FileOutcome quarter = ingest("2017-Q1", stations(20));
		FileOutcome afterAGap = ingest("2018", concat(stations(20), workerHomes(10)));

		assertThat(issues(quarter, "COUNT_SWING")).as("2016-Q4 was never accepted").isEmpty();
		assertThat(issues(afterAGap, "COUNT_SWING")).as("2017 was never accepted, only 2016").isEmpty();
	}

	@Test
	void aFacilityRenamedIsAWarningOnItsNameCell() throws Exception {
		ingest("2016", List.of(serviceStation("S1", "服务站一", "运行"), serviceStation("S2", "服务站二", "运行")));

		FileOutcome renamed = ingest("2017",
				List.of(serviceStation("S1", "服务站一", "运行"), serviceStation("S2", "服务站二（新址）", "运行")));

		assertThat(issues(renamed, "FACILITY_RENAMED")).containsExactly(
				"FACILITY_RENAMED WARNING 工会服务站 B3 服务站二（新址） 工会服务站!B3：编号“S2”的名称由“服务站二”改为“服务站二（新址）”，请确认是否为同一设施");
	}

	@Test
	void everyFacilityOfABigWorkbookRenamedIsWarnedOnceInRowOrder() throws Exception {
		ingest("2016", concat(stations(5100), warmStations(100)));

		FileOutcome renamed = ingest("2017", concat(numbered(5100, (i) -> serviceStation("S" + i, "新服务站" + i, "运行")),
				numbered(100, (i) -> warmStation("W" + i, "新驿站" + i, "运行"))));

		List<String> cells = this.jdbc.sql("""
				SELECT i.sheet || '!' || i.cell_ref FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.placed_path = :placed AND i.code = 'FACILITY_RENAMED' ORDER BY i.issue_id""")
			.param("placed", renamed.placed().toString())
			.query(String.class)
			.list();
		// ... and one PROFILE_UNCHANGED, as both years send the same profile.
		assertThat(renamed.warnings()).isEqualTo(5200 + 1);
		assertThat(cells).hasSize(5200).doesNotHaveDuplicates();
		assertThat(cells.subList(4999, 5001)).as("across a page").containsExactly("工会服务站!B5001", "工会服务站!B5002");
		assertThat(cells.subList(5099, 5101)).containsExactly("工会服务站!B5101", "暖心驿站!B2");
	}

	@Test
	void aFacilityWithTheSameNormalisedNameAndAddressAsAnotherFederationsIsAWarningOnTheSecond() throws Exception {
		drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(station("T1", "广安门外街道总工会 服务站", "北京市西城区 广安门外大街1号"), station("T2", "湾子社区工会服务站", "天桥南大街2号")));
		FileOutcome first = pass();
		// 名称 in column C under a title row: the warning points at the federation's own
		// layout
		Path folder = Files.createDirectories(this.dropRoot.resolve("inbox").resolve(GUANGANMENWAI));
		SubmissionWorkbookBuilder.valid()
			.titleRows("广安门外街道工会服务站")
			.columnOrder(FacilityType.SERVICE_STATION, "编号", "地址", "名称", "状态")
			.rows(FacilityType.SERVICE_STATION, row("编号", "S001", "名称", "广安门外街道总工会服务站", "地址", "北京市西城区广安门外大街1号"),
					row("编号", "S002", "名称", "湾子社区工会服务站", "地址", "北京市西城区湾子街8号"))
			.writeTo(folder, "广安门外.xlsx");

		FileOutcome second = pass();

		assertThat(issues(first, "FACILITY_CLAIMED_ELSEWHERE")).isEmpty();
		assertThat(second.outcome()).isEqualTo("ACCEPTED");
		assertThat(issues(second, "FACILITY_CLAIMED_ELSEWHERE")).containsExactly(
				"FACILITY_CLAIMED_ELSEWHERE WARNING 工会服务站 C3 广安门外街道总工会服务站 工会服务站!C3：“广安门外街道总工会服务站”与110102014 天桥街道本期报送的设施名称和地址相同，请核实是否重复统计");
		try (Workbook feedback = WorkbookFactory.create(second.feedback().toFile(), null, true)) {
			assertThat(feedback.getSheet("工会服务站").getCellComment(new CellAddress("C3"))).as("the flagged cell")
				.isNotNull()
				.extracting((comment) -> comment.getString().getString())
				.asString()
				.contains("110102014 天桥街道");
		}
	}

	@Test
	void aFacilityClaimedByManyFederationsIsOneWarningNamingThreeOfThem() throws Exception {
		String[][] others = { { "110102001", "西长安街街道" }, { "110102003", "新街口街道" }, { "110102007", "月坛街道" },
				{ "110102009", "展览路街道" } };
		for (String[] other : others) {
			drop(this.dropRoot, other[0], "2017.xlsx", profile(other[0], other[1], "西城区", "2017", 100, 1000),
					List.of(station("X1", "西城区职工服务中心", "西城区二龙路27号")));
			assertThat(pass().outcome()).isEqualTo("ACCEPTED");
		}
		drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				List.of(station("T1", "西城区职工服务中心", "西城区二龙路27号")));

		FileOutcome file = pass();

		assertThat(issues(file, "FACILITY_CLAIMED_ELSEWHERE")).singleElement()
			.asString()
			.contains("与110102001 西长安街街道, 110102003 新街口街道, 110102007 月坛街道 (+1)本期报送");
	}

	private FileOutcome ingest(String period, List<FacilityRow> facilities) throws Exception {
		drop(this.dropRoot, TIANQIAO, period + ".xlsx", profile(TIANQIAO, "天桥街道", "西城区", period, 844, 5567),
				facilities);
		FileOutcome file = pass();
		assertThat(file.outcome()).isEqualTo("ACCEPTED");
		return file;
	}

	/** Runs a pass over the one file dropped. */
	private FileOutcome pass() throws Exception {
		IngestSummary summary = this.launcher.runOnce(this.dropRoot);
		assertThat(summary.files()).hasSize(1);
		return summary.files().get(0);
	}

	/** The file's issues of one code: code, severity, sheet, cell, value and message. */
	private List<String> issues(FileOutcome file, String code) {
		return this.jdbc.sql("""
				SELECT i.code || ' ' || i.severity || ' ' || i.sheet || ' ' || coalesce(i.cell_ref, '-') || ' '
				       || i.value || ' ' || i.message_zh
				FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.placed_path = :placed AND i.code = :code
				ORDER BY i.issue_id""")
			.param("placed", file.placed().toString())
			.param("code", code)
			.query(String.class)
			.list();
	}

	private static List<FacilityRow> stations(int count) {
		return numbered(count, (i) -> serviceStation("S" + i, "服务站" + i, "运行"));
	}

	private static List<FacilityRow> warmStations(int count) {
		return numbered(count, (i) -> warmStation("W" + i, "驿站" + i, "运行"));
	}

	private static List<FacilityRow> workerHomes(int count) {
		return numbered(count, (i) -> workerHome("H" + i, "职工之家" + i, "运行"));
	}

	private static List<FacilityRow> numbered(int count, IntFunction<FacilityRow> facility) {
		List<FacilityRow> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(facility.apply(i));
		}
		return rows;
	}

	@SafeVarargs
	private static List<FacilityRow> concat(List<FacilityRow>... lists) {
		List<FacilityRow> rows = new ArrayList<>();
		for (List<FacilityRow> list : lists) {
			rows.addAll(list);
		}
		return rows;
	}

	private static FacilityRow station(String code, String name, String address) {
		return new FacilityRow(FacilityType.SERVICE_STATION, 0, code, name, address, "运行", null, null, null, null, null,
				List.of(), null, null, null, null, null, null, null);
	}

}

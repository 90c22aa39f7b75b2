package org.unionstats.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.ingest.IngestLauncher;
import org.unionstats.ingest.IngestSummary;
import org.unionstats.intake.FileOutcome;
import org.unionstats.registry.Period;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.SpecialWorkFigures;
import org.unionstats.workbook.SubmissionProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.SubmissionWorkbookBuilder.row;
import static org.unionstats.support.Submissions.childcareClass;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.motherBabyRoom;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;
import static org.unionstats.support.Submissions.workerHome;

/**
 * A generated template goes out, comes back filled in, and is ingested: what the
 * federation typed, and only that, reaches the warehouse.
 */
@IntegrationTest
@TestPropertySource(properties = "unionstats.quiet-time=0s")
class TemplateRoundTripIntegrationTests {

	static final String TIANQIAO = "110102014";

	static final String CHUNSHU = "110102015";

	static final Period YEAR_2018 = Period.parse("2018").orElseThrow();

	@Autowired
	TemplateGenerator generator;

	@Autowired
	IngestLauncher launcher;

	@Autowired
	RegistryImporter registry;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private Path dropRoot;

	@BeforeEach
	void registry() {
		DatabaseCleaner.clean(this.jdbc);
		this.registry.importFile(Path.of("sample-data/registry.csv"));
		this.dropRoot = this.folder.resolve("drop");
	}

	@Test
	void aFilledInTemplateIsAcceptedWithExactlyTheChangesTypedIntoIt() throws Exception {
		// given 天桥街道 with an accepted 2017
		accepted2017(TIANQIAO, "天桥街道", tianqiao2017());
		TemplateFiller template = TemplateFiller.open(template(TIANQIAO));

		// when its 2018 template is filled in: contact, three figures, a rename, a
		// closure
		// and three new facilities
		template.profile("填报人", "赵敏")
			.profile("联系电话", "13911112222")
			.profile("工会组织数", 850)
			.profile("其中：联合工会小组", 798)
			.profile("会员人数", 5600)
			.set("工会服务站", "001", "名称", "天桥街道总工会服务站（新址）")
			.set("工会服务站", "S2", "状态", "撤销")
			.addRow("工会服务站",
					row("编号", "S4", "名称", "永安路服务站", "地址", "北京市西城区永安路12号", "面积（平方米）", 80.5, "工作人员数", 2, "启用日期",
							LocalDate.of(2018, 3, 1), "户外劳动者服务", "是", "状态", "运行"))
			.addRow("暖心驿站",
					row("编号", "W3", "名称", "天桥加油站暖心驿站", "地址", "北京市西城区天桥南大街5号", "依托单位", "中国石化天桥加油站", "服务项目", "饮水、充电、雨伞",
							"启用日期", LocalDate.of(2018, 5, 20)))
			.addRow("子女托管班", row("编号", "C2", "名称", "2018暑期托管班", "举办地点", "天桥街道文化中心", "类型", "暑假", "开班日期",
					LocalDate.of(2018, 7, 9), "结班日期", LocalDate.of(2018, 8, 24), "托管儿童数", 40));
		FileOutcome outcome = ingest(template.saveAs(inbox(TIANQIAO), "110102014-2018-报送模板.xlsx"));

		// then
		assertThat(outcome.outcome()).as(issueReport("2018")).isEqualTo("ACCEPTED");
		assertThat(outcome.period()).isEqualTo("2018");
		assertThat(outcome.errors()).isZero();
		// Last year's class, carried over by the template, is kept but flagged.
		assertThat(issues("2018")).containsExactly("CLASS_BEFORE_PERIOD 2017-07-01", "FACILITY_RENAMED 天桥街道总工会服务站（新址）");
		assertThat(snapshot(TIANQIAO, "2018")).containsExactly("childcare_class C1 暑期班 运行 true 2017-07-01..2017-08-20",
				"childcare_class C2 2018暑期托管班 运行 true 2018-07-09..2018-08-24", "mother_baby_room M1 母婴室 运行 true",
				"service_station 001 天桥街道总工会服务站（新址） 运行 true", "service_station S2 服务站二 撤销 true",
				"service_station S3 旧服务站 撤销 true", "service_station S4 永安路服务站 运行 true", "warm_station W1 驿站一 运行 true",
				"warm_station W2 驿站二 暂停 true", "warm_station W3 天桥加油站暖心驿站 运行 true", "worker_home H1 职工之家 运行 true");
		assertThat(facility(TIANQIAO, "2018", "S4")).isEqualTo(
				"{\"area_sqm\": 80.50, \"opened_on\": \"2018-03-01\", \"staff_count\": 2, \"outdoor_service\": true}");
		assertThat(this.jdbc
			.sql("""
					SELECT host_unit || ' ' || array_to_string(services, '、') || ' ' || opened_on FROM core.facility_snapshot
					WHERE period = '2018' AND code = 'W3'""")
			.query(String.class)
			.single()).isEqualTo("中国石化天桥加油站 饮水、充电、雨伞 2018-05-20");
		assertThat(profileFigures(TIANQIAO, "2018"))
			.isEqualTo(profileFigures(TIANQIAO, "2017").replace("\"members\": 5567", "\"members\": 5600")
				.replace("\"union_orgs\": 844", "\"union_orgs\": 850")
				.replace("\"joint_union_groups\": 792", "\"joint_union_groups\": 798"));
		assertThat(profileFigures(TIANQIAO, "2018")).contains("\"members\": 5600", "\"union_orgs\": 850",
				"\"joint_union_groups\": 798");
	}

	@Test
	void anUntouchedPrefilledTemplateForTheNextPeriodIngestsToTheSameCountsAndFigures() throws Exception {
		// given
		accepted2017(TIANQIAO, "天桥街道", tianqiao2017());

		// when the 2018 template comes back as it went out: only what a template leaves
		// blank by design is typed in, the contact (not carried from period to period,
		// as the warehouse keeps no contact)
		Path filled = TemplateFiller.open(template(TIANQIAO))
			.profileIfBlank("填报人", "赵敏")
			.profileIfBlank("联系电话", "010-63031234")
			.saveAs(inbox(TIANQIAO), "110102014-2018-报送模板.xlsx");
		FileOutcome outcome = ingest(filled);

		// then
		assertThat(outcome.outcome()).as(issueReport("2018")).isEqualTo("ACCEPTED");
		assertThat(outcome.errors()).isZero();
		assertThat(issues("2018")).containsExactly("CLASS_BEFORE_PERIOD 2017-07-01", "PROFILE_UNCHANGED 844");
		assertThat(runningCounts(TIANQIAO, "2017")).containsExactly(Map.entry("childcare_class", 1),
				Map.entry("mother_baby_room", 1), Map.entry("service_station", 2), Map.entry("warm_station", 1),
				Map.entry("worker_home", 1));
		assertThat(runningCounts(TIANQIAO, "2018")).isEqualTo(runningCounts(TIANQIAO, "2017"));
		assertThat(facilities(TIANQIAO, "2018")).isEqualTo(facilities(TIANQIAO, "2017")).hasSize(8);
		assertThat(profileFigures(TIANQIAO, "2018")).isEqualTo(profileFigures(TIANQIAO, "2017"))
			.contains("\"members\": 5567", "\"assistance_yuan\": 36000.50", "\"model_workers_national\": 2",
					"\"workers_congress_firms\": 118");
	}

	@Test
	void aTemplateForAFederationWithNoHistoryFilledWithOneRowPerSheetIsAccepted() throws Exception {
		// given 椿树街道, which has never reported
		TemplateFiller template = TemplateFiller.open(template(CHUNSHU));
		assertThat(TemplateWorkbooks.profileCell(template.workbook(), "会员人数").toString()).isEmpty();

		// when
		template.profile("填报人", "钱进")
			.profile("联系电话", "010-63031234")
			.profile("填报日期", LocalDate.of(2018, 12, 28))
			.profile("工会组织数", 120)
			.profile("会员人数", 2300)
			.profile("帮扶慰问金额（元）", 1500.25)
			.profile("双沟通：企业沟通会场次", 12)
			.profile("双沟通：覆盖企业数", 60)
			.profile("双沟通：建会意向企业数", 14)
			.profile("已建会企业数", 80)
			.profile("其中：签订集体合同企业数", 72)
			.addRow("工会服务站", row("编号", "CS-01", "名称", "椿树街道工会服务站", "地址", "北京市西城区椿树园1号", "面积（平方米）", 95, "户外劳动者服务", "否"))
			.addRow("暖心驿站", row("编号", "CS-W1", "名称", "椿树驿站", "地址", "北京市西城区琉璃厂西街3号", "服务项目", "饮水、热饭"))
			.addRow("职工之家",
					row("编号", "CS-H1", "名称", "椿树职工之家", "所在单位", "椿树街道办事处", "级别", "区级模范", "覆盖会员数", 180, "建成日期",
							LocalDate.of(2018, 4, 1)))
			.addRow("母婴关爱室", row("编号", "CS-M1", "名称", "椿树母婴室", "所在单位", "椿树社区", "面积（平方米）", 12.5, "状态", "暂停"))
			.addRow("子女托管班", row("编号", "CS-C1", "名称", "课后托管班", "举办地点", "椿树小学", "类型", "课后", "开班日期",
					LocalDate.of(2018, 9, 3), "结班日期", LocalDate.of(2018, 12, 28)));
		FileOutcome outcome = ingest(template.saveAs(inbox(CHUNSHU), "椿树2018.xlsx"));

		// then
		assertThat(outcome.outcome()).as(issueReport("2018")).isEqualTo("ACCEPTED");
		assertThat(outcome.errors()).isZero();
		assertThat(outcome.warnings()).isZero();
		assertThat(snapshot(CHUNSHU, "2018")).containsExactly(
				"childcare_class CS-C1 课后托管班 运行 true 2018-09-03..2018-12-28", "mother_baby_room CS-M1 椿树母婴室 暂停 true",
				"service_station CS-01 椿树街道工会服务站 运行 true", "warm_station CS-W1 椿树驿站 运行 true",
				"worker_home CS-H1 椿树职工之家 运行 true");
		assertThat(profileFigures(CHUNSHU, "2018")).contains("\"members\": 2300", "\"union_orgs\": 120",
				"\"assistance_yuan\": 1500.25", "\"drive_enterprise_meetings\": 12", "\"drive_firms_reached\": 60",
				"\"drive_firms_intending\": 14", "\"unionised_firms\": 80", "\"collective_contract_firms\": 72",
				"\"workers_congress_firms\": null", "\"model_workers_national\": null");
		assertThat(this.jdbc.sql("SELECT template_version FROM staging.profile").query(String.class).list())
			.containsExactly("2");
	}

	private static SubmissionProfile tianqiao2017() {
		return new SubmissionProfile("1", TIANQIAO, "天桥街道", "西城区", "2017", "王芳", "13800138000",
				LocalDate.of(2018, 1, 8), 844, 40, 10, 2, 792, 5567, 6, 1800, 2100, 4300, 120,
				new BigDecimal("36000.50"))
			.withSpecialWork(new SpecialWorkFigures(30, 15, 70, 18, 260, 2, 10, 125, 113, 118));
	}

	/**
	 * Every kind of facility and status, with a code that looks like a number and an
	 * explicit closure the template carries forward.
	 */
	private void accepted2017(String code, String name, SubmissionProfile profile) throws Exception {
		List<FacilityRow> facilities = List.of(serviceStation("001", "天桥街道总工会服务站", "运行"),
				serviceStation("S2", "服务站二", "运行"), serviceStation("S3", "旧服务站", "撤销"), warmStation("W1", "驿站一", null),
				warmStation("W2", "驿站二", "暂停"), workerHome("H1", "职工之家", "运行"), motherBabyRoom("M1", "母婴室", "运行"),
				childcareClass("C1", "暑期班", LocalDate.of(2017, 7, 1), LocalDate.of(2017, 8, 20)));
		drop(this.dropRoot, code, name + "2017.xlsx", profile, facilities);
		FileOutcome outcome = single(this.launcher.runOnce(this.dropRoot));
		assertThat(outcome.outcome()).as("the 2017 submission").isEqualTo("ACCEPTED");
	}

	private Path template(String federationCode) {
		return this.generator.writeOne(federationCode, YEAR_2018, this.folder.resolve("templates")).file();
	}

	private Path inbox(String federationCode) {
		return this.dropRoot.resolve("inbox").resolve(federationCode);
	}

	private FileOutcome ingest(Path dropped) throws Exception {
		FileOutcome outcome = single(this.launcher.runOnce(this.dropRoot));
		assertThat(outcome.originalName()).isEqualTo(dropped.getFileName().toString());
		return outcome;
	}

	private static FileOutcome single(IngestSummary summary) {
		assertThat(summary.files()).hasSize(1);
		return summary.files().get(0);
	}

	private List<String> issues(String period) {
		return this.jdbc
			.sql("""
					SELECT i.code || ' ' || coalesce(i.value, '') FROM ops.issue i JOIN ops.submission s USING (submission_id)
					WHERE s.period = :period ORDER BY i.issue_id""")
			.param("period", period)
			.query(String.class)
			.list();
	}

	/** Every issue in full, to tell why a submission was not accepted. */
	private String issueReport(String period) {
		return String.join("\n", this.jdbc.sql("""
				SELECT concat_ws(' ', i.code, i.sheet, i.cell_ref, i.column_name, i.value, i.message_en)
				FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.period = :period ORDER BY i.issue_id""").param("period", period).query(String.class).list());
	}

	/** Type, code, name, status and reported, with a childcare class's dates. */
	private List<String> snapshot(String federation, String period) {
		return this.jdbc.sql("""
				SELECT concat_ws(' ', facility_type, code, name, status, reported::text)
				  || coalesce(' ' || starts_on || '..' || ends_on, '')
				FROM core.facility_snapshot WHERE period = :period AND federation_code = :fed
				ORDER BY facility_type, code""")
			.param("period", period)
			.param("fed", federation)
			.query(String.class)
			.list();
	}

	/** The set values of a facility beyond code, name, address and status. */
	private String facility(String federation, String period, String code) {
		return this.jdbc.sql("""
				SELECT jsonb_strip_nulls(to_jsonb(s) - 'period' - 'federation_code' - 'facility_type' - 'code'
				  - 'facility_id' - 'submission_id' - 'reported' - 'name' - 'address' - 'status' - 'services')::text
				FROM core.facility_snapshot s WHERE period = :period AND federation_code = :fed AND code = :code""")
			.param("period", period)
			.param("fed", federation)
			.param("code", code)
			.query(String.class)
			.single();
	}

	/** Every stored value of each facility, but the period and the submission. */
	private List<String> facilities(String federation, String period) {
		return this.jdbc.sql("""
				SELECT (to_jsonb(s) - 'period' - 'submission_id')::text
				FROM core.facility_snapshot s WHERE period = :period AND federation_code = :fed
				ORDER BY facility_type, code""")
			.param("period", period)
			.param("fed", federation)
			.query(String.class)
			.list();
	}

	/**
	 * The profile's figures: what a template carries. 填报日期 is not one (it is the new
	 * period's to fill).
	 */
	private String profileFigures(String federation, String period) {
		return this.jdbc.sql("""
				SELECT (to_jsonb(p) - 'period' - 'submission_id' - 'received_at' - 'accepted_at' - 'filled_on')::text
				FROM core.federation_profile p WHERE period = :period AND federation_code = :fed""")
			.param("period", period)
			.param("fed", federation)
			.query(String.class)
			.single();
	}

	/** Facilities whose status is 运行, by type. */
	private Map<String, Integer> runningCounts(String federation, String period) {
		Map<String, Integer> counts = new TreeMap<>();
		this.jdbc.sql("""
				SELECT facility_type, count(*) FILTER (WHERE status = '运行')::int FROM core.facility_snapshot
				WHERE period = :period AND federation_code = :fed GROUP BY facility_type""")
			.param("period", period)
			.param("fed", federation)
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

}

package org.unionstats.template;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.template.TemplateWorkbooks.profileCell;
import static org.unionstats.template.TemplateWorkbooks.rows;

@IntegrationTest
class TemplateCommandIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void registry() {
		DatabaseCleaner.clean(this.jdbc);
		this.jdbc.sql("""
				INSERT INTO core.district (district_code, district_name) VALUES ('110102', '西城区');
				INSERT INTO core.federation (federation_code, federation_name, district_code) VALUES
				  ('110102020', '广安门外街道', '110102'), ('110102021', '月坛街道', '110102')""").update();
	}

	@Test
	void writesTheTemplatePrefilledFromTheLastAcceptedSubmissionWithTheDeadline() {
		// given an accepted 2017 with two stations, one of them absent from it (closed),
		// and a
		// 2018 deadline
		acceptedProfile("2017", 9171);
		facility(1, "2017", "service_station", "GAW-01", "广安门外街道工会服务站", true, "运行");
		facility(2, "2017", "service_station", "GAW-02", "湾子社区服务站", false, "撤销");
		facility(3, "2017", "warm_station", "NX-1", "湾子驿站", true, "暂停");
		this.jdbc.sql("""
				INSERT INTO core.period (period, period_type, starts_on, ends_on, previous_period, deadline)
				VALUES ('2018', 'YEAR', '2018-01-01', '2018-12-31', '2017', '2019-01-15')""").update();
		Path file = this.folder.resolve("guanganmenwai.xlsx");

		// when
		int exit = run("template", "--federation", "110102020", "--period", "2018", "--out", file.toString());

		// then
		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains(file.toString()).contains("prefilled from 2017, 2 facilities");
		XSSFWorkbook workbook = TemplateWorkbooks.open(file);
		assertThat(profileCell(workbook, "街道代码").getStringCellValue()).isEqualTo("110102020");
		assertThat(profileCell(workbook, "报送期").getStringCellValue()).isEqualTo("2018");
		assertThat(profileCell(workbook, "会员人数").getNumericCellValue()).isEqualTo(9171);
		assertThat(rows(workbook, "工会服务站")).extracting((row) -> row.get("编号")).containsExactly("GAW-01");
		assertThat(rows(workbook, "工会服务站").get(0)).containsEntry("地址", "地址GAW-01")
			.containsEntry("面积（平方米）", "88.50")
			.containsEntry("户外劳动者服务", "是");
		assertThat(rows(workbook, "暖心驿站")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("状态", "暂停").containsEntry("服务项目", "饮水、休息"));
		assertThat(TemplateWorkbooks.instructionsText(workbook)).contains("2019年1月15日")
			.contains("inbox\\110102020")
			.doesNotContain(this.folder.toString());
	}

	@Test
	void writesOneTemplatePerRegisteredFederationWithProgress() {
		// given
		acceptedProfile("2017", 9171);
		Path templates = this.folder.resolve("templates");

		// when
		int exit = run("template", "--all", "--period", "2018", "--out", templates.toString());

		// then
		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(templates.resolve("110102020").resolve("110102020-2018-报送模板.xlsx")).isRegularFile();
		assertThat(templates.resolve("110102021").resolve("110102021-2018-报送模板.xlsx")).isRegularFile();
		assertThat(this.out.toString()).contains("1/2 110102020").contains("2/2 110102021").contains("2 templates");
		XSSFWorkbook other = TemplateWorkbooks.open(templates.resolve("110102021").resolve("110102021-2018-报送模板.xlsx"));
		assertThat(profileCell(other, "街道名称").getStringCellValue()).isEqualTo("月坛街道");
		assertThat(profileCell(other, "会员人数").toString()).isEmpty();
	}

	@Test
	void refusesAFederationNotInTheRegistry() {
		// when
		int exit = run("template", "--federation", "999999999", "--period", "2018", "--out",
				this.folder.resolve("x.xlsx").toString());

		// then
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().strip())
			.isEqualTo("unionstats: federation '999999999' is not in the registry (see 'registry import')");
		assertThat(this.folder.resolve("x.xlsx")).doesNotExist();
	}

	@Test
	void refusesAMalformedPeriodAndAmbiguousTargets() throws Exception {
		// when / then
		assertThat(run("template", "--federation", "110102020", "--period", "2018-13")).isEqualTo(2);
		assertThat(this.err.toString().lines().toList()).singleElement()
			.satisfies((line) -> assertThat(line).contains("'2018-13' is not a period"));
		assertThat(run("template", "--federation", "110102020", "--all", "--period", "2018")).isEqualTo(2);
		assertThat(run("template", "--period", "2018")).isEqualTo(2);
		try (var files = Files.list(this.folder)) {
			assertThat(files).isEmpty();
		}
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestDatabase.springArgs()));
		all.add("--unionstats.drop-root=" + this.folder.resolve("drop"));
		return UnionStatsCommandLine.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				all.toArray(String[]::new));
	}

	private void acceptedProfile(String period, int members) {
		this.jdbc.sql("""
				INSERT INTO core.federation_profile (period, federation_code, submission_id, received_at, accepted_at,
				  union_orgs, members)
				VALUES (:period, '110102020', 1, now(), now(), 2135, :members)""")
			.params(Map.of("period", period, "members", members))
			.update();
	}

	private void facility(long id, String period, String type, String code, String name, boolean reported,
			String status) {
		this.jdbc.sql("""
				INSERT INTO core.facility (facility_id, federation_code, facility_type, code, first_period)
				OVERRIDING SYSTEM VALUE VALUES (:id, '110102020', :type, :code, :period)""")
			.params(Map.of("id", id, "type", type, "code", code, "period", period))
			.update();
		this.jdbc.sql("""
				INSERT INTO core.facility_snapshot (period, federation_code, facility_type, code, facility_id,
				  submission_id, reported, name, address, status, area_sqm, outdoor_service, services)
				VALUES (:period, '110102020', :type, :code, :id, 1, :reported, :name, '地址' || :code, :status, 88.5,
				  true, ARRAY['饮水', '休息'])""")
			.params(Map.of("period", period, "type", type, "code", code, "id", id, "reported", reported, "name", name,
					"status", status))
			.update();
	}

}

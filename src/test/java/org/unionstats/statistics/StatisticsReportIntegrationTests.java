package org.unionstats.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics job's workbook and CSV files, read back.
 */
@IntegrationTest
class StatisticsReportIntegrationTests {

	private static final String FORMULA_NAME = "=HYPERLINK(\"x\")";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatisticsLauncher launcher;

	@TempDir
	Path dropRoot;

	@BeforeEach
	void givenTheGoldenDataSetWithAFederationNamedLikeAFormula() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet();
		this.jdbc.sql("UPDATE core.federation SET federation_name = :name WHERE federation_code = '110102001'")
			.param("name", FORMULA_NAME)
			.update();
		this.jdbc.sql("UPDATE core.federation SET federation_name = '朝阳,\"门\"\n街道' WHERE federation_code = '110105004'")
			.update();
	}

	@Test
	void writesTheWorkbookWithItsFourSheetsAndTheTotals() throws IOException {
		StatisticsOutcome outcome = this.launcher.run("2017", this.dropRoot);

		assertThat(outcome.paths().workbook())
			.isEqualTo(this.dropRoot.resolve("reports/2017/municipal-statistics-2017.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			assertThat(sheetNames(workbook)).containsExactly("汇总", "分区统计", "街道明细", "报送情况");
			Sheet summary = workbook.getSheet("汇总");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("设施类型");
			Row stations = summary.getRow(1);
			assertThat(stations.getCell(0).getStringCellValue()).isEqualTo("工会服务站");
			assertThat(stations.getCell(1).getNumericCellValue()).isEqualTo(20);
			assertThat(stations.getCell(2).getStringCellValue()).isEqualTo("2016");
			assertThat(stations.getCell(3).getNumericCellValue()).isEqualTo(12);
			assertThat(stations.getCell(4).getNumericCellValue()).isEqualTo(8);
			assertThat(summary.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(-12);
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void theDistrictSheetCarriesTheBarChartOfTotals() throws IOException {
		StatisticsOutcome outcome = this.launcher.run("2017", this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			XSSFSheet districts = workbook.getSheet("分区统计");
			assertThat(districts.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(districts.getDrawingPatriarch().getCharts().get(0).getChartSeries()).hasSize(1);
			assertThat(districts.getLastRowNum()).isEqualTo(3);
			assertThat(districts.getRow(3).getCell(1).getStringCellValue()).isEqualTo("朝阳区");
			assertThat(districts.getRow(3).getCell(ReportTables.DISTRICT_TOTAL_COLUMN).getNumericCellValue())
				.isEqualTo(13);
			assertThat(workbook.getSheet("汇总").getDrawingPatriarch()).isNull();
		}
	}

	@Test
	void aFederationNamedLikeAFormulaIsAStringCellNotAFormula() throws IOException {
		StatisticsOutcome outcome = this.launcher.run("2017", this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet federations = workbook.getSheet("街道明细");
			assertThat(federations.getLastRowNum()).isEqualTo(10);
			Row row = federations.getRow(5);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("110102001");
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(FORMULA_NAME);
		}
	}

	@Test
	void theCompletenessSheetListsDistrictsThenTheMissingFederations() throws IOException {
		StatisticsOutcome outcome = this.launcher.run("2017", this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet sheet = workbook.getSheet("报送情况");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("朝阳区");
			assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1);
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("未报送街道名单");
			assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("110105003");
			assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("仅有退回");
			assertThat(sheet.getRow(8).getCell(4).getStringCellValue()).isEqualTo("未报送");
		}
	}

	@Test
	void writesTheSameTablesAsCsvWithByteOrderMarkAndNeutralizedFormulas() throws IOException {
		StatisticsOutcome outcome = this.launcher.run("2017", this.dropRoot);

		Path directory = outcome.paths().directory();
		byte[] federations = Files.readAllBytes(directory.resolve("municipal-statistics-2017-federations.csv"));
		String missing = Files.readString(directory.resolve("municipal-statistics-2017-missing.csv"),
				StandardCharsets.UTF_8);
		String summary = Files.readString(directory.resolve("municipal-statistics-2017-summary.csv"),
				StandardCharsets.UTF_8);

		assertThat(federations).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(federations, StandardCharsets.UTF_8))
			.contains("110102,西城区,110102001,\"'=HYPERLINK(\"\"x\"\")\",2,1,0,1,2,6\r\n");
		assertThat(missing).contains("110105004,\"朝阳,\"\"门\"\"\n街道\",未报送,0\r\n");
		assertThat(summary).contains("\r\n职工之家,0,2016,12,-12,10,12\r\n");
		assertThat(fileNames(directory)).containsExactlyInAnyOrder("municipal-statistics-2017.xlsx",
				"municipal-statistics-2017-summary.csv", "municipal-statistics-2017-districts.csv",
				"municipal-statistics-2017-federations.csv", "municipal-statistics-2017-completeness.csv",
				"municipal-statistics-2017-missing.csv");
	}

	@Test
	void rerunningThePeriodReplacesTheFilesWithTheNewFigures() throws IOException {
		StatisticsOutcome first = this.launcher.run("2017", this.dropRoot);
		new StatisticsFixture(this.jdbc).resubmit("2017", "110101001",
				java.time.OffsetDateTime.parse("2018-01-20T10:00:00+08:00"), 1, 5);

		StatisticsOutcome second = this.launcher.run("2017", this.dropRoot);

		assertThat(second.paths()).isEqualTo(first.paths());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(second.paths().workbook()))) {
			assertThat(workbook.getSheet("汇总").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(23);
		}
		assertThat(fileNames(second.paths().directory())).hasSize(6).noneMatch((name) -> name.endsWith(".tmp"));
	}

	@Test
	void theDefaultPeriodIsTheLatestWithAcceptedData() {
		StatisticsOutcome outcome = this.launcher.run(null, this.dropRoot);

		assertThat(outcome.period()).isEqualTo("2017");
		assertThat(outcome.completeness().accepted()).isEqualTo(10);
		assertThat(outcome.totals()).extracting(FacilityTotal::activeCount).containsExactly(20, 23, 0, 10, 20);
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> fileNames(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}

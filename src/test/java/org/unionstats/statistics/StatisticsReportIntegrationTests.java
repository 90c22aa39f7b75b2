package org.unionstats.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.registry.Period;
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
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		assertThat(outcome.paths().workbook())
			.isEqualTo(this.dropRoot.resolve("reports/2017/municipal-statistics-2017.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			assertThat(sheetNames(workbook)).containsExactly("汇总", "工作指标", "分区统计", "街道明细", "报送情况");
			Sheet summary = workbook.getSheet("汇总");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("报送期 2017：");
			assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("设施类型");
			Row stations = summary.getRow(2);
			assertThat(stations.getCell(0).getStringCellValue()).isEqualTo("工会服务站");
			assertThat(stations.getCell(1).getNumericCellValue()).isEqualTo(20);
			assertThat(stations.getCell(2).getStringCellValue()).isEqualTo("2016");
			assertThat(stations.getCell(3).getNumericCellValue()).isEqualTo(12);
			assertThat(stations.getCell(4).getNumericCellValue()).isEqualTo(8);
			assertThat(summary.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(-12);
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void theDistrictSheetCarriesTheBarChartOfTotals() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			XSSFSheet districts = workbook.getSheet("分区统计");
			assertThat(districts.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(districts.getDrawingPatriarch().getCharts().get(0).getChartSeries()).hasSize(1);
			assertThat(districts.getLastRowNum()).as("title, header, three districts, 合计").isEqualTo(5);
			assertThat(districts.getRow(4).getCell(1).getStringCellValue()).isEqualTo("朝阳区");
			assertThat(districts.getRow(4).getCell(ReportTables.DISTRICT_TOTAL_COLUMN).getNumericCellValue())
				.isEqualTo(13);
			assertThat(workbook.getSheet("汇总").getDrawingPatriarch()).isNull();
		}
	}

	@Test
	void aFederationNamedLikeAFormulaIsAStringCellNotAFormula() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet federations = workbook.getSheet("街道明细");
			assertThat(federations.getLastRowNum()).as("title, header, ten federations, 合计").isEqualTo(12);
			Row row = federations.getRow(6);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("110102001");
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(FORMULA_NAME);
		}
	}

	@Test
	void theCompletenessSheetListsDistrictsThenTheMissingFederations() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet sheet = workbook.getSheet("报送情况");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("朝阳区");
			assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(1);
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("报送期 2017：未报送街道名单");
			assertThat(sheet.getRow(9).getCell(2).getStringCellValue()).isEqualTo("110105003");
			assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("仅有退回");
			assertThat(sheet.getRow(10).getCell(4).getStringCellValue()).isEqualTo("未报送");
		}
	}

	@Test
	void writesTheSameTablesAsCsvWithByteOrderMarkAndNeutralizedFormulas() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		Path directory = outcome.paths().directory();
		byte[] federations = Files.readAllBytes(directory.resolve("municipal-statistics-2017-federations.csv"));
		String missing = Files.readString(directory.resolve("municipal-statistics-2017-missing.csv"),
				StandardCharsets.UTF_8);
		String summary = Files.readString(directory.resolve("municipal-statistics-2017-summary.csv"),
				StandardCharsets.UTF_8);

		assertThat(federations).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(federations, StandardCharsets.UTF_8))
			.contains("2017,110102,西城区,110102001,\"'=HYPERLINK(\"\"x\"\")\",2,1,0,1,2,6,暂定\r\n");
		assertThat(missing).contains("2017,110105,朝阳区,110105004,\"朝阳,\"\"门\"\"\n街道\",未报送,0\r\n");
		assertThat(summary).contains("\r\n2017,职工之家,0,2016,12,-12,10,12,");
		assertThat(fileNames(directory)).containsExactlyInAnyOrder("municipal-statistics-2017.xlsx",
				"municipal-statistics-2017-summary.csv", "municipal-statistics-2017-indicators.csv",
				"municipal-statistics-2017-districts.csv", "municipal-statistics-2017-federations.csv",
				"municipal-statistics-2017-completeness.csv", "municipal-statistics-2017-missing.csv");
	}

	@Test
	void rerunningThePeriodReplacesTheFilesWithTheNewFigures() throws IOException {
		StatisticsOutcome first = this.launcher.run(Period.require("2017"), this.dropRoot);
		new StatisticsFixture(this.jdbc).resubmit("2017", "110101001",
				java.time.OffsetDateTime.parse("2018-01-20T10:00:00+08:00"), 1, 5);

		StatisticsOutcome second = this.launcher.run(Period.require("2017"), this.dropRoot);

		assertThat(second.paths()).isEqualTo(first.paths());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(second.paths().workbook()))) {
			assertThat(workbook.getSheet("汇总").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(23);
		}
		assertThat(fileNames(second.paths().directory())).hasSize(7).noneMatch((name) -> name.endsWith(".tmp"));
	}

	@Test
	void theDefaultPeriodIsTheLatestWithAcceptedData() {
		StatisticsOutcome outcome = this.launcher.run(null, this.dropRoot);

		assertThat(outcome.period()).hasToString("2017");
		assertThat(outcome.completeness().accepted()).isEqualTo(10);
		assertThat(outcome.totals()).extracting(FacilityTotal::activeCount).containsExactly(20, 23, 0, 10, 20);
	}

	@Test
	void theHeadlineTheCommandPrintsIsWhatTheMartsSayForThePeriod() {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		StatisticsSummary marts = new StatisticsSummary(this.jdbc);
		assertThat(outcome.totals()).isEqualTo(marts.totals(Period.require("2017")));
		List<CompletenessLine> completeness = marts.completeness(Period.require("2017"));
		assertThat(outcome.completeness()).isEqualTo(completeness.get(completeness.size() - 1));
	}

	@Test
	void everySheetOpensWithATitleRowNamingThePeriodAndKeepsItsTextInSharedStrings() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			workbook
				.forEach((sheet) -> assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName())
					.startsWith("报送期 2017："));
		}
		try (ZipFile zip = new ZipFile(outcome.paths().workbook().toFile())) {
			List<? extends ZipEntry> sheets = zip.stream()
				.filter((entry) -> entry.getName().startsWith("xl/worksheets/sheet"))
				.toList();
			assertThat(sheets).hasSize(5);
			for (ZipEntry sheet : sheets) {
				String xml = new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
				assertThat(xml).as(sheet.getName()).doesNotContain("inlineStr").contains("t=\"s\"");
			}
		}
	}

	@Test
	void theDetailSheetsEndWithATotalRowOutsideTheirAutofilter() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			XSSFSheet districts = workbook.getSheet("分区统计");
			Row total = districts.getRow(5);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(ReportTables.DISTRICT_TOTAL_COLUMN).getNumericCellValue()).isEqualTo(73);
			assertThat(districts.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:K5");
			XSSFSheet federations = workbook.getSheet("街道明细");
			assertThat(federations.getRow(12).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(federations.getRow(12).getCell(9).getNumericCellValue()).isEqualTo(73);
			assertThat(federations.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:K12");
			Row summaryTotal = workbook.getSheet("汇总").getRow(7);
			assertThat(summaryTotal.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(summaryTotal.getCell(1).getNumericCellValue()).isEqualTo(73);
			assertThat(summaryTotal.getCell(5)).as("federations per type do not add up")
				.satisfiesAnyOf((cell) -> assertThat(cell).isNull(),
						(cell) -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
			assertThat(workbook.getSheet("汇总").getRow(2).getCell(1).getCellStyle().getDataFormatString())
				.isEqualTo("#,##0");
			assertThat(workbook.getSheet("报送情况").getRow(2).getCell(7).getCellStyle().getDataFormatString())
				.isEqualTo("0.0%");
		}
	}

	@Test
	void theCsvFilesStartWithTheHeaderAndCarryThePeriodButNoTitleOrTotalRow() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (Stream<Path> files = Files.list(outcome.paths().directory())) {
			for (Path csv : files.filter((file) -> file.toString().endsWith(".csv")).toList()) {
				List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
				assertThat(lines.get(0)).as(csv.toString()).startsWith("\uFEFFperiod,");
				assertThat(lines.subList(1, lines.size())).as(csv.toString())
					.allSatisfy((line) -> assertThat(line).doesNotContain("合计").doesNotStartWith("报送期"));
			}
		}
		List<String> districts = Files.readAllLines(outcome.paths().csv(ReportTables.DISTRICTS));
		assertThat(districts).hasSize(4);
		assertThat(districts.subList(1, 4)).allSatisfy((line) -> assertThat(line).startsWith("2017,"));
	}

	@Test
	void aDistrictNamedLikeAFormulaIsTextInTheIndicatorSheetAndItsCsv() throws IOException {
		this.jdbc.sql("UPDATE core.district SET district_name = '@SUM(1+1)' WHERE district_code = '110101'").update();

		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Row first = workbook.getSheet("工作指标").getRow(3);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("@SUM(1+1)");
			assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
		}
		assertThat(Files.readString(outcome.paths().csv(ReportTables.INDICATORS), StandardCharsets.UTF_8))
			.contains("\r\n2017,'@SUM(1+1),110101,")
			.doesNotContain(",@SUM");
	}

	@Test
	void everyChartSeriesHasAnExplicitSolidFill() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			XSSFChart chart = workbook.getSheet("分区统计").getDrawingPatriarch().getCharts().get(0);
			List<CTBarSer> series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList();
			assertThat(series).isNotEmpty()
				.allSatisfy((ser) -> assertThat(ser.getSpPr().getSolidFill().getSrgbClr().getVal())
					.isEqualTo(DistrictChart.BAR_COLOUR));
			assertThat(series.get(0).getCat().getStrRef().getStrCache().getPtArray(2).getV()).isEqualTo("朝阳区");
		}
	}

	@Test
	void theIndicatorSheetShowsTheUnionCardOfTheCityThenEachDistrictOneRowEach() throws IOException {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet card = workbook.getSheet("工作指标");
			Row header = card.getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("范围");
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("会员人数");
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("APP注册率");
			Row city = card.getRow(2);
			assertThat(city.getCell(0).getStringCellValue()).isEqualTo("全市");
			assertThat(city.getCell(5).getNumericCellValue())
				.isEqualTo(this.jdbc.sql("SELECT members FROM mart.municipal_profile WHERE period = '2017'")
					.query(Double.class)
					.single());
			assertThat(city.getCell(7).getNumericCellValue()).isEqualTo(
					this.jdbc.sql("SELECT app_registration_rate FROM mart.municipal_profile WHERE period = '2017'")
						.query(Double.class)
						.single());
			assertThat(city.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(card.getLastRowNum()).as("title, header, the city and each of 3 districts").isEqualTo(1 + 4);
			assertThat(card.getRow(3).getCell(1).getStringCellValue()).isEqualTo("110101");
			assertThat(card.getPaneInformation().getVerticalSplitPosition()).as("scope and district stay in view")
				.isEqualTo((short) 2);
		}
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

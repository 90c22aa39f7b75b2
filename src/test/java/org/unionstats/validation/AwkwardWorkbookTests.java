package org.unionstats.validation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.SubmissionWorkbookBuilder.row;

/**
 * Workbooks as federations really fill them in, which the reading rules accept.
 */
class AwkwardWorkbookTests {

	@TempDir
	Path dir;

	private final TestValidationContext context = TestValidationContext.guanganmenwai();

	private SubmissionReading read(SubmissionWorkbookBuilder builder) {
		return SubmissionReading.read(builder.writeTo(this.dir), this.context);
	}

	@Test
	void acceptsTitleRowsAndReportsCellsAtTheirRealRows() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.titleRows("广安门外街道工会服务站情况表", "", "填报单位：广安门外街道总工会")
			.set(FacilityType.SERVICE_STATION, 1, "面积（平方米）", -5));
		assertThat(reading.issues(IssueCode.VALUE_RANGE)).singleElement()
			.extracting(Issue::location)
			.isEqualTo("工会服务站!D6");
		assertThat(reading.facilities().get(0).row().rowNo()).isEqualTo(5);
	}

	@Test
	void acceptsReorderedColumnsAndFullWidthOrSpacedHeaders() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.columnOrder(FacilityType.SERVICE_STATION, "状态", "面积（平方米）", "地址", "名称", "编号")
			.header("面积（平方米）", " 面积(㎡) ")
			.header("名称", "名 称")
			.header("编号", "编号")
			.sheetName("工会服务站", " 工会服务站 ")
			.extraSheet("填报说明"));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		FacilityRow station = reading.facilities().get(0).row();
		assertThat(station.code()).isEqualTo("S001");
		assertThat(station.areaSqm()).isEqualByComparingTo("120.5");
		assertThat(station.staffCount()).isNull();
		assertThat(reading.facilities().get(6).row().areaSqm()).isEqualByComparingTo("15");
	}

	@Test
	void acceptsNumbersAndDatesTypedAsText() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.profile("会员人数", "9,171")
			.profile("工会组织数", "２１６７")
			.profile("填报日期", "2018年1月15日")
			.set(FacilityType.SERVICE_STATION, 0, "启用日期", "2017/6/21")
			.set(FacilityType.SERVICE_STATION, 1, "启用日期", "2017-06-21")
			.set(FacilityType.SERVICE_STATION, 0, "面积（平方米）", " 80.25 ")
			.set(FacilityType.SERVICE_STATION, 0, "户外劳动者服务", "√")
			.set(FacilityType.SERVICE_STATION, 1, "户外劳动者服务", "N")
			.set(FacilityType.WARM_STATION, 0, "服务项目", "饮水， 热饭;充电；休息"));
		assertThat(reading.codes()).isEmpty();
		assertThat(reading.profile().profile().members()).isEqualTo(9171);
		assertThat(reading.profile().profile().filledOn()).isEqualTo(LocalDate.of(2018, 1, 15));
		FacilityRow first = reading.facilities().get(0).row();
		assertThat(first.openedOn()).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(first.areaSqm()).isEqualByComparingTo(new BigDecimal("80.25"));
		assertThat(first.outdoorService()).isTrue();
		assertThat(reading.facilities().get(1).row().openedOn()).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(reading.facilities().get(1).row().outdoorService()).isFalse();
		assertThat(reading.facilities().get(2).row().services()).containsExactly("饮水", "热饭", "充电", "休息");
	}

	@Test
	void skipsBlankRowsAndTotalsRow() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.rows(FacilityType.WORKER_HOME, row("编号", "H001", "名称", "甲", "所在单位", "甲单位"), row(),
					row("编号", "H002", "名称", "乙", "所在单位", "乙单位"))
			.totalsRow(FacilityType.WORKER_HOME, 2));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.facilities()).filteredOn((item) -> item.row().type() == FacilityType.WORKER_HOME)
			.extracting((item) -> item.row().rowNo())
			.containsExactly(2, 4);
	}

	@Test
	void acceptsFacilitySheetWithNoDataRows() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().rows(FacilityType.CHILDCARE_CLASS));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.facilities()).hasSize(8);
	}

	@Test
	void readsDatesOfThe1904DateSystem() throws Exception {
		Path file = SubmissionWorkbookBuilder.valid().date1904().writeTo(this.dir);
		assertThat(unzip(file, "xl/workbook.xml")).contains("date1904=\"true\"");
		SubmissionReading reading = SubmissionReading.read(file, this.context);
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.facilities().get(0).row().openedOn()).isEqualTo(LocalDate.of(2016, 3, 1));
		assertThat(reading.profile().profile().filledOn()).isEqualTo(LocalDate.of(2018, 1, 15));
	}

	@Test
	void readsLegacyXlsWithTheSameValues() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.xls()
			.titleRows("标题")
			.set(FacilityType.SERVICE_STATION, 1, "面积（平方米）", -5));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM, IssueCode.VALUE_RANGE);
		assertThat(reading.issues(IssueCode.VALUE_RANGE).get(0).location()).isEqualTo("工会服务站!D4");
		FacilityRow first = reading.facilities().get(0).row();
		assertThat(first.openedOn()).isEqualTo(LocalDate.of(2016, 3, 1));
		assertThat(first.areaSqm()).isEqualByComparingTo("120.5");
		assertThat(reading.profile().profile().contactPhone()).isEqualTo("13812345678");
		assertThat(reading.facilities()).hasSize(10);
	}

	@Test
	void readsCellsWithoutReferencesAndRowsAfterGaps() throws Exception {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"3\"><c t=\"inlineStr\"><is><t>编号</t></is></c><c t=\"inlineStr\"><is><t>名称</t></is></c>"
				+ "<c t=\"inlineStr\"><is><t>地址</t></is></c><c t=\"inlineStr\"><is><t>面积（平方米）</t></is></c></row>"
				+ "<row r=\"7\"><c t=\"inlineStr\"><is><t>S1</t></is></c><c t=\"inlineStr\"><is><t>站</t></is></c>"
				+ "<c t=\"inlineStr\"><is><t>路</t></is></c><c><v>-5</v></c></row>"
				+ "<row><c r=\"A8\" t=\"inlineStr\"><is><t>S2</t></is></c></row></sheetData></worksheet>";
		Path file = this.dir.resolve("raw.xlsx");
		copyReplacing(valid, file, "xl/worksheets/sheet2.xml", sheet);
		SubmissionReading reading = SubmissionReading.read(file, this.context);
		assertThat(reading.issues()).extracting(Issue::location).contains("工会服务站!D7", "工会服务站!B8", "工会服务站!C8");
	}

	private static String unzip(Path file, String name) throws Exception {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void copyReplacing(Path source, Path target, String name, String content) throws Exception {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
				java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(source))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					zip.write(content.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(zip);
				}
			}
		}
	}

	@Test
	void rejectsTwoSheetsWhoseNamesDifferOnlyByTrailingSpaceAndTakesNoProfile() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().extraSheet("基本情况 "));

		assertThat(reading.issues(IssueCode.SHEET_DUPLICATE)).singleElement()
			.satisfies((issue) -> assertThat(issue.messageZh()).contains("“基本情况 ”和“基本情况”"));
		assertThat(reading.codes()).doesNotContain(IssueCode.SHEET_MISSING);
		assertThat(reading.profile().profile()).isNull();
		assertThat(reading.hasErrors()).isTrue();
	}

	@Test
	void rejectsTwoFacilitySheetsOfOneTemplateSheetAndReadsRowsOfNeither() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().extraSheet(" 职工之家"));

		assertThat(reading.codes()).containsExactlyInAnyOrder(IssueCode.SHEET_DUPLICATE, IssueCode.ORG_SUM);
		assertThat(reading.issues(IssueCode.SHEET_DUPLICATE).get(0).messageEn()).contains("\" 职工之家\" and \"职工之家\"");
		assertThat(reading.facilities()).extracting((item) -> item.row().type())
			.hasSize(8)
			.doesNotContain(FacilityType.WORKER_HOME);
	}

}

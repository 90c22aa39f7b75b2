package org.unionstats.template;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.template.TemplateWorkbooks.onlyRegion;
import static org.unionstats.template.TemplateWorkbooks.profileCell;
import static org.unionstats.template.TemplateWorkbooks.rows;
import static org.unionstats.template.TemplateWorkbooks.validationOf;

class TemplateWorkbookWriterTests {

	private static final FederationEntry GUANGANMENWAI = new FederationEntry("110102020", "广安门外街道", "110102", "西城区");

	private static final Period PERIOD = Period.parse("2018").orElseThrow();

	private static final Period PREVIOUS = Period.parse("2017").orElseThrow();

	private static final String SHARE = "\\\\files\\unionstats";

	@TempDir
	Path folder;

	private final TemplateWorkbookWriter writer = new TemplateWorkbookWriter();

	@Test
	void writesInstructionsProfileAndFacilitySheetsInTemplateOrder() {
		// given a federation with no accepted figures yet
		TemplateContent content = content(Optional.empty(), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		assertThat(TemplateWorkbooks.sheetNames(workbook)).containsExactly("填报说明", "基本情况", "工会服务站", "暖心驿站", "职工之家",
				"母婴关爱室", "子女托管班");
		assertThat(workbook.getActiveSheetIndex()).isZero();
		for (FacilityType type : FacilityType.values()) {
			XSSFSheet sheet = workbook.getSheet(type.sheetName());
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
			assertThat(headers)
				.containsExactlyElementsOf(TemplateV1.columns(type).stream().map(ColumnSpec::header).toList());
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getLastRowNum()).isZero();
		}
	}

	@Test
	void prefillsAndLocksTheIdentityAndLeavesTheRestToFill() {
		// given
		TemplateContent content = content(Optional.empty(), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		XSSFSheet profile = workbook.getSheet(TemplateV1.PROFILE_SHEET);
		assertThat(profile.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
		assertThat(profile.getRow(0).getCell(1).getStringCellValue()).isEqualTo("数值");
		assertThat(profile.getLastRowNum()).isEqualTo(TemplateV2.PROFILE_FIELDS.size());
		assertThat(profile.getProtect()).isTrue();
		Map<String, String> identity = Map.of("模板版本", "2", "街道代码", "110102020", "街道名称", "广安门外街道", "所属区", "西城区", "报送期",
				"2018");
		identity.forEach((label, value) -> {
			XSSFCell cell = profileCell(workbook, label);
			assertThat(cell.getStringCellValue()).as(label).isEqualTo(value);
			assertThat(cell.getCellStyle().getLocked()).as(label).isTrue();
		});
		for (String label : List.of("填报人", "联系电话", "工会组织数", "会员人数", "帮扶慰问金额（元）", "双沟通：企业沟通会场次", "其中：建立职代会制度企业数")) {
			XSSFCell cell = profileCell(workbook, label);
			assertThat(cell.getCellStyle().getLocked()).as(label).isFalse();
			assertThat(cell.toString()).as(label).isEmpty();
		}
		assertThat(profileCell(workbook, "填报人").getSheet().getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
	}

	@Test
	void prefillsLastPeriodsFiguresMarkedWithAComment() {
		// given
		TemplateContent content = content(Optional.of(previousSubmission()), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		XSSFCell members = profileCell(workbook, "会员人数");
		assertThat(members.getNumericCellValue()).isEqualTo(9171);
		assertThat(members.getCellStyle().getLocked()).isFalse();
		assertThat(members.getCellComment().getString().getString()).contains("上期（2017）");
		assertThat(profileCell(workbook, "帮扶慰问金额（元）").getNumericCellValue()).isEqualTo(1234.5);
		assertThat(profileCell(workbook, "填报人").toString()).isEmpty();
		assertThat(profileCell(workbook, "填报人").getCellComment()).isNull();
	}

	@Test
	void prefillsTheFacilitiesOfTheLastSnapshotAsAPersonWouldTypeThem() {
		// given
		TemplateContent content = content(Optional.of(previousSubmission()), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		assertThat(rows(workbook, "工会服务站")).containsExactly(Map.of("编号", "GAW-01", "名称", "广安门外街道工会服务站", "地址",
				"广安门外大街1号", "面积（平方米）", "120.50", "工作人员数", "3", "启用日期", "2016-05-01", "户外劳动者服务", "是", "状态", "运行"));
		assertThat(rows(workbook, "暖心驿站")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("服务项目", "饮水、热饭").containsEntry("状态", "暂停"));
		assertThat(rows(workbook, "子女托管班")).singleElement()
			.satisfies(
					(row) -> assertThat(row).containsEntry("开班日期", "2017-07-10").containsEntry("结班日期", "2017-08-20"));
		assertThat(workbook.getSheet("工会服务站").getRow(1).getCell(5).getDateCellValue()).isNotNull();
		assertThat(rows(workbook, "职工之家")).isEmpty();
	}

	@Test
	void prefillsTextThatLooksLikeAFormulaWithTheQuotePrefix() {
		// given a stored name that a spreadsheet would run, once its tab is skipped
		PreviousSubmission previous = previousSubmission();
		Map<String, Object> station = new LinkedHashMap<>(
				previous.facilities().get(FacilityType.SERVICE_STATION).get(0));
		station.put("name", "\t=HYPERLINK(\"http://x\")");
		station.put("address", "-1");
		Map<String, Object> profile = new LinkedHashMap<>(previous.profile());
		profile.put("contact_name", "=1+1");
		PreviousSubmission hostile = new PreviousSubmission(PREVIOUS, profile,
				Map.of(FacilityType.SERVICE_STATION, List.of(station)));

		// when
		XSSFWorkbook workbook = written(content(Optional.of(hostile), Optional.empty()));

		// then
		XSSFSheet stations = workbook.getSheet("工会服务站");
		XSSFCell name = stations.getRow(1).getCell(TemplateWorkbooks.columnOf(stations, "名称"));
		assertThat(name.getStringCellValue()).isEqualTo("\t=HYPERLINK(\"http://x\")");
		assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(name.getCellStyle().getLocked()).isFalse();
		assertThat(stations.getRow(1)
			.getCell(TemplateWorkbooks.columnOf(stations, "地址"))
			.getCellStyle()
			.getQuotePrefixed()).isTrue();
		assertThat(stations.getRow(1)
			.getCell(TemplateWorkbooks.columnOf(stations, "编号"))
			.getCellStyle()
			.getQuotePrefixed()).isFalse();
		assertThat(profileCell(workbook, "填报人").getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(profileCell(workbook, "会员人数").getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void offersDropdownsForStatusBooleansAndEnumsOnAGenerousRangeOfRows() {
		// given
		TemplateContent content = content(Optional.of(previousSubmission()), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		XSSFSheet stations = workbook.getSheet("工会服务站");
		DataValidation status = validationOf(stations, "状态");
		assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("运行", "暂停", "撤销");
		CellRangeAddress region = onlyRegion(status);
		assertThat(region.getFirstRow()).isEqualTo(1);
		assertThat(region.getLastRow()).isGreaterThanOrEqualTo(1000);
		assertThat(region.getFirstColumn()).isEqualTo(7);
		assertThat(validationOf(stations, "户外劳动者服务").getValidationConstraint().getExplicitListValues())
			.containsExactly("是", "否");
		assertThat(validationOf(workbook.getSheet("职工之家"), "级别").getValidationConstraint().getExplicitListValues())
			.containsExactly("全国模范", "市级模范", "区级模范", "基层");
		assertThat(validationOf(workbook.getSheet("子女托管班"), "类型").getValidationConstraint().getExplicitListValues())
			.containsExactly("寒假", "暑假", "课后", "其他");
		DataValidation services = validationOf(workbook.getSheet("暖心驿站"), "服务项目");
		assertThat(services.getValidationConstraint().getExplicitListValues())
			.containsExactlyElementsOf(TemplateV1.WARM_STATION_SERVICES);
		assertThat(services.getShowErrorBox()).as("several services may be joined by 、").isFalse();
		assertThat(status.getShowErrorBox()).isTrue();
		assertThat(status.getShowPromptBox()).isTrue();
		assertThat(status.getPromptBoxText()).contains("留空视为运行");
	}

	@Test
	void checksNumbersAndDatesWithTheRangesOfTheTemplateDefinition() {
		// given
		TemplateContent content = content(Optional.empty(), Optional.empty());

		// when
		XSSFWorkbook workbook = written(content);

		// then
		XSSFSheet stations = workbook.getSheet("工会服务站");
		DataValidation staff = validationOf(stations, "工作人员数");
		assertThat(staff.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(staff.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
		assertThat(staff.getValidationConstraint().getFormula1()).isEqualTo("0");
		assertThat(staff.getValidationConstraint().getFormula2()).isEqualTo("500");
		assertThat(staff.getPromptBoxText()).contains("整数").contains("不大于500");
		DataValidation area = validationOf(stations, "面积（平方米）");
		assertThat(area.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
		assertThat(area.getValidationConstraint().getFormula1()).isEqualTo("0.01");
		assertThat(area.getValidationConstraint().getFormula2()).isEqualTo("100000");
		assertThat(validationOf(stations, "启用日期").getValidationConstraint().getValidationType())
			.isEqualTo(ValidationType.DATE);
		XSSFSheet classes = workbook.getSheet("子女托管班");
		assertThat(validationOf(classes, "开班日期").getValidationConstraint().getValidationType())
			.isEqualTo(ValidationType.DATE);
		assertThat(validationOf(classes, "开班日期").getPromptBoxText()).startsWith("必填");
		DataValidation code = validationOf(stations, "编号");
		assertThat(code.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
		assertThat(code.getValidationConstraint().getFormula2()).isEqualTo("32");
		DataValidation members = workbook.getSheet(TemplateV1.PROFILE_SHEET)
			.getDataValidations()
			.stream()
			.filter((validation) -> onlyRegion(validation).getFirstRow() == profileCell(workbook, "会员人数").getRowIndex())
			.findFirst()
			.orElseThrow();
		assertThat(members.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(members.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
	}

	@Test
	void extendsTheChecksFiveHundredRowsBelowALongPrefilledList() {
		// given 700 prefilled worker homes
		List<Map<String, Object>> homes = new ArrayList<>();
		for (int i = 1; i <= 700; i++) {
			homes.add(Map.of("code", "H" + i, "name", "职工之家" + i, "workplace", "单位" + i));
		}
		PreviousSubmission previous = new PreviousSubmission(PREVIOUS, Map.of(),
				Map.of(FacilityType.WORKER_HOME, homes));

		// when
		XSSFWorkbook workbook = written(content(Optional.of(previous), Optional.empty()));

		// then
		XSSFSheet sheet = workbook.getSheet("职工之家");
		assertThat(sheet.getLastRowNum()).isEqualTo(700);
		assertThat(onlyRegion(validationOf(sheet, "级别")).getLastRow()).isEqualTo(1200);
	}

	@Test
	void tellsThePeriodTheDeadlineAndTheFolderToDropInto() {
		// given
		TemplateContent content = content(Optional.of(previousSubmission()), Optional.of(LocalDate.of(2018, 1, 31)));

		// when
		String text = TemplateWorkbooks.instructionsText(written(content));

		// then
		assertThat(text).contains("报送期：2018（2018-01-01 至 2018-12-31）")
			.contains("2018年1月31日")
			.contains("Deadline: 2018-01-31")
			.contains("\\\\files\\unionstats\\inbox\\110102020")
			.contains("\\\\files\\unionstats\\feedback\\110102020")
			.doesNotContain("/srv/")
			.contains("上期（2017）")
			.contains("更改“编号”")
			.contains("结班日期早于开班日期");
		assertThat(TemplateWorkbooks.instructionsText(written(content(Optional.empty(), Optional.empty()))))
			.contains("本期尚未设定");
	}

	@Test
	void namesTheClerksFoldersRelativeToTheShareWhenNoSharePathIsSet() {
		// given no unionstats.share-path
		TemplateContent content = content(Optional.empty(), Optional.empty(), new SharePaths(null));

		// when
		String text = TemplateWorkbooks.instructionsText(written(content));

		// then
		assertThat(text).contains("放入报送共享文件夹中本街道的文件夹：\ninbox\\110102020")
			.contains("在 feedback\\110102020 文件夹放回")
			.contains("只能放入本街道的 inbox\\110102020 文件夹")
			.contains("drop the file into inbox\\110102020.");
	}

	@Test
	void saysWhenTheTemplateWasMadeInTheConfiguredZone() {
		// given a template made at 16:45 UTC, 00:45 the next day in Beijing
		TemplateContent content = content(Optional.empty(), Optional.empty());

		// when
		String text = TemplateWorkbooks.instructionsText(written(content));

		// then
		assertThat(text).contains("模板生成时间 / Made: 2026-12-07 00:45 (Asia/Shanghai, UTC+08:00)");
	}

	@Test
	void theTemplateFileCanBeReadByOthers() throws Exception {
		// given
		Path file = this.folder.resolve("t.xlsx");

		// when
		this.writer.write(content(Optional.empty(), Optional.empty()), file);

		// then
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
	}

	@Test
	void writesEveryStringToTheSharedStringsTable() throws Exception {
		// given
		TemplateContent content = content(Optional.of(previousSubmission()), Optional.empty());
		Path file = this.folder.resolve("t.xlsx");

		// when
		this.writer.write(content, file);

		// then
		Map<String, String> sharedStrings = TemplateWorkbooks.packageParts(file, "xl/sharedStrings.xml");
		assertThat(sharedStrings).hasSize(1);
		assertThat(sharedStrings.values().iterator().next()).contains("户外劳动者服务", "广安门外街道工会服务站", "饮水、热饭", "110102020");
		Map<String, String> sheets = TemplateWorkbooks.packageParts(file, "xl/worksheets/sheet");
		assertThat(sheets).hasSize(7);
		assertThat(sheets.values()).allSatisfy((xml) -> assertThat(xml).doesNotContain("inlineStr"));
	}

	@Test
	void replacesAnEarlierFileWithoutLeavingATemporaryOne() throws Exception {
		// given
		Path file = this.folder.resolve("sub").resolve("t.xlsx");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "old");

		// when
		this.writer.write(content(Optional.empty(), Optional.empty()), file);

		// then
		assertThat(TemplateWorkbooks.sheetNames(TemplateWorkbooks.open(file))).contains("基本情况");
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	private XSSFWorkbook written(TemplateContent content) {
		Path file = this.folder.resolve("template-" + System.nanoTime() + ".xlsx");
		this.writer.write(content, file);
		return TemplateWorkbooks.open(file);
	}

	private static TemplateContent content(Optional<PreviousSubmission> previous, Optional<LocalDate> deadline) {
		return content(previous, deadline, new SharePaths(SHARE));
	}

	private static TemplateContent content(Optional<PreviousSubmission> previous, Optional<LocalDate> deadline,
			SharePaths share) {
		String made = new LocalTimes(ZoneId.of("Asia/Shanghai")).shown(Instant.parse("2026-12-06T16:45:19Z"));
		return new TemplateContent(GUANGANMENWAI, PERIOD, deadline, share.inbox(GUANGANMENWAI.code()),
				share.feedback(GUANGANMENWAI.code()), made, previous);
	}

	private static PreviousSubmission previousSubmission() {
		Map<String, Object> profile = Map.of("union_orgs", 2135, "members", 9171, "assistance_yuan",
				new BigDecimal("1234.50"));
		Map<String, Object> station = new LinkedHashMap<>();
		station.put("code", "GAW-01");
		station.put("name", "广安门外街道工会服务站");
		station.put("address", "广安门外大街1号");
		station.put("area_sqm", new BigDecimal("120.50"));
		station.put("staff_count", 3);
		station.put("opened_on", LocalDate.of(2016, 5, 1));
		station.put("outdoor_service", true);
		station.put("status", "运行");
		Map<String, Object> warm = Map.of("code", "NX-1", "name", "湾子驿站", "address", "湾子路2号", "services",
				List.of("饮水", "热饭"), "status", "暂停");
		Map<String, Object> childcare = Map.of("code", "TG-2017-1", "name", "暑期托管班", "address", "街道活动中心", "starts_on",
				LocalDate.of(2017, 7, 10), "ends_on", LocalDate.of(2017, 8, 20), "status", "运行");
		return new PreviousSubmission(PREVIOUS, profile, Map.of(FacilityType.SERVICE_STATION, List.of(station),
				FacilityType.WARM_STATION, List.of(warm), FacilityType.CHILDCARE_CLASS, List.of(childcare)));
	}

}

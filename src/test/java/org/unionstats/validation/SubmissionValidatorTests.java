package org.unionstats.validation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.registry.PeriodType;
import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unionstats.support.SubmissionWorkbookBuilder.row;

/**
 * One workbook per rule of the validation spec: the code, where it is and what it says.
 */
class SubmissionValidatorTests {

	@TempDir
	Path dir;

	private final TestValidationContext context = TestValidationContext.guanganmenwai();

	private SubmissionReading read(SubmissionWorkbookBuilder builder) {
		return SubmissionReading.read(builder.writeTo(this.dir), this.context);
	}

	private static SubmissionWorkbookBuilder valid() {
		return SubmissionWorkbookBuilder.valid();
	}

	@Test
	void acceptsTheWorkedExampleWithOnlyTheOrganisationSumWarning() {
		SubmissionReading reading = read(valid());
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		Issue sum = reading.issues().get(0);
		assertThat(sum.severity()).isEqualTo(Severity.WARNING);
		assertThat(sum.location()).isEqualTo("基本情况!B10");
		assertThat(sum.messageZh()).contains("2167").contains("2135");
		assertThat(reading.profile().profile().federationCode()).isEqualTo("110102020");
		assertThat(reading.profile().profile().members()).isEqualTo(9171);
		assertThat(reading.profile().profile().assistanceYuan()).isEqualByComparingTo("45000.50");
		assertThat(reading.profile().profile().filledOn()).isEqualTo(LocalDate.of(2018, 1, 15));
		assertThat(reading.facilities()).hasSize(10);
		FacilityRow first = reading.facilities().get(0).row();
		assertThat(first.type()).isEqualTo(FacilityType.SERVICE_STATION);
		assertThat(first.rowNo()).isEqualTo(2);
		assertThat(first.areaSqm()).isEqualByComparingTo(new BigDecimal("120.5"));
		assertThat(first.openedOn()).isEqualTo(LocalDate.of(2016, 3, 1));
		assertThat(first.outdoorService()).isTrue();
		assertThat(reading.facilities().get(1).row().status()).isEqualTo("运行");
		assertThat(reading.facilities().get(2).row().services()).containsExactly("饮水", "热饭", "充电");
		assertThat(reading.facilities()).extracting((item) -> item.row().type())
			.containsSubsequence(FacilityType.SERVICE_STATION, FacilityType.WARM_STATION, FacilityType.WORKER_HOME,
					FacilityType.MOTHER_BABY_ROOM, FacilityType.CHILDCARE_CLASS);
	}

	@Test
	void rejectsWorkbookWithoutTemplateVersion() {
		SubmissionReading reading = read(valid().withoutProfileField("模板版本"));
		assertThat(reading.issues(IssueCode.TEMPLATE_VERSION)).singleElement()
			.satisfies((issue) -> assertThat(issue.messageZh()).contains("模板版本"));
	}

	@Test
	void rejectsUnsupportedTemplateVersion() {
		Issue issue = only(read(valid().profile("模板版本", "3")), IssueCode.TEMPLATE_VERSION);
		assertThat(issue.location()).isEqualTo("基本情况!B2");
		assertThat(issue.value()).isEqualTo("3");
	}

	@Test
	void rejectsWorkbookWithoutAFacilitySheet() {
		Issue issue = only(read(valid().withoutSheet("暖心驿站")), IssueCode.SHEET_MISSING);
		assertThat(issue.value()).isEqualTo("暖心驿站");
		assertThat(issue.messageZh()).contains("暖心驿站");
	}

	@Test
	void rejectsWorkbookWithoutProfileSheetButStillReadsFacilities() {
		SubmissionReading reading = read(valid().withoutSheet("基本情况"));
		assertThat(reading.issues(IssueCode.SHEET_MISSING)).singleElement().extracting(Issue::value).isEqualTo("基本情况");
		assertThat(reading.profile().profile()).isNull();
		assertThat(reading.facilities()).hasSize(10);
	}

	@Test
	void rejectsSheetWithoutARequiredColumnAndSuggestsTheClosestHeader() {
		SubmissionReading reading = read(valid().header("地址", "地 点址"));
		List<Issue> missing = reading.issues(IssueCode.COLUMN_MISSING);
		assertThat(missing).extracting(Issue::sheet, Issue::column)
			.containsExactly(tuple("工会服务站", "地址"), tuple("暖心驿站", "地址"));
		assertThat(missing.get(0).messageZh()).isEqualTo("工会服务站：缺少必填列“地址”；表中有“地 点址”，是否应改为“地址”？");
		assertThat(reading.facilities()).extracting((item) -> item.row().type())
			.doesNotContain(FacilityType.SERVICE_STATION, FacilityType.WARM_STATION);
	}

	@Test
	void rejectsUnknownFederationCode() {
		Issue issue = only(read(valid().profile("街道代码", "110102099")).issues()
			.stream()
			.filter((i) -> i.code() != IssueCode.FEDERATION_NOT_OWNER && i.code() != IssueCode.ORG_SUM)
			.toList(), IssueCode.FEDERATION_UNKNOWN);
		assertThat(issue.location()).isEqualTo("基本情况!B3");
	}

	@Test
	void rejectsWorkbookWhoseFederationCodeBelongsToAnotherFolder() {
		Issue issue = only(read(valid().profile("街道代码", "110102019").profile("街道名称", "天桥街道")),
				IssueCode.FEDERATION_NOT_OWNER);
		assertThat(issue.value()).isEqualTo("110102019");
		assertThat(issue.messageZh()).contains("110102020");
	}

	@Test
	void skipsOwnershipCheckWhenFolderIsUnknown() {
		SubmissionReading reading = SubmissionReading.read(
				valid().profile("街道代码", "110102019").profile("街道名称", "天桥街道").writeTo(this.dir),
				this.context.withFolder(null));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
	}

	@Test
	void rejectsDistrictThatIsNotTheRegistryDistrict() {
		Issue issue = only(read(valid().profile("所属区", "东城区")), IssueCode.DISTRICT_MISMATCH);
		assertThat(issue.messageZh()).isEqualTo("基本情况!B5：所属区应为“西城区”（街道代码 110102020），实际为“东城区”");
	}

	@Test
	void warnsWhenFederationNameDiffersFromRegistry() {
		Issue issue = only(read(valid().profile("街道名称", "广外街道")), IssueCode.NAME_MISMATCH);
		assertThat(issue.severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void rejectsMalformedPeriod() {
		assertThat(only(read(valid().profile("报送期", "2017年")), IssueCode.PERIOD_INVALID).value()).isEqualTo("2017年");
	}

	@Test
	void rejectsPeriodTypeTheDeploymentDoesNotAccept() {
		SubmissionReading reading = SubmissionReading.read(valid().profile("报送期", "2017-Q3").writeTo(this.dir),
				this.context.withPeriodTypes(EnumSet.of(PeriodType.YEAR)));
		assertThat(only(reading, IssueCode.PERIOD_INVALID).messageZh()).contains("2017-Q3");
	}

	@Test
	void rejectsClosedPeriod() {
		SubmissionReading reading = SubmissionReading.read(valid().writeTo(this.dir), this.context.withClosed("2017"));
		assertThat(only(reading, IssueCode.PERIOD_CLOSED).value()).isEqualTo("2017");
	}

	@Test
	void rejectsBlankRequiredCell() {
		Issue issue = only(read(valid().set(FacilityType.WORKER_HOME, 0, "所在单位", " ")), IssueCode.VALUE_REQUIRED);
		assertThat(issue.location()).isEqualTo("职工之家!C2");
		assertThat(issue.messageZh()).isEqualTo("职工之家!C2：所在单位为必填项，不能为空");
		assertThat(issue.messageEn()).isEqualTo("职工之家!C2: 所在单位 is required and must not be blank");
	}

	@Test
	void rejectsTextInANumberColumn() {
		Issue issue = only(read(valid().set(FacilityType.SERVICE_STATION, 1, "工作人员数", "三人")), IssueCode.VALUE_TYPE);
		assertThat(issue.location()).isEqualTo("工会服务站!E3");
		assertThat(issue.value()).isEqualTo("三人");
	}

	@Test
	void rejectsNegativeArea() {
		Issue issue = only(read(valid().set(FacilityType.SERVICE_STATION, 0, "面积（平方米）", -5)), IssueCode.VALUE_RANGE);
		assertThat(issue.messageZh()).isEqualTo("工会服务站!D2：面积（平方米）应为大于0且不超过100000的数字，实际为“-5”");
	}

	@Test
	void rejectsNameLongerThanAllowed() {
		Issue issue = only(read(valid().set(FacilityType.SERVICE_STATION, 0, "名称", "站".repeat(101))),
				IssueCode.VALUE_RANGE);
		assertThat(issue.messageZh()).contains("最多100个字，实际为101个字");
	}

	@Test
	void rejectsValueOutsideTheEnum() {
		Issue issue = only(read(valid().set(FacilityType.WORKER_HOME, 0, "级别", "省级模范")), IssueCode.VALUE_ENUM);
		assertThat(issue.messageZh()).contains("全国模范、市级模范、区级模范、基层").contains("省级模范");
	}

	@Test
	void warnsAboutUnknownService() {
		SubmissionReading reading = read(valid().set(FacilityType.WARM_STATION, 0, "服务项目", "饮水；按摩"));
		Issue issue = only(reading, IssueCode.LIST_VALUE_UNKNOWN);
		assertThat(issue.severity()).isEqualTo(Severity.WARNING);
		assertThat(issue.location()).isEqualTo("暖心驿站!E2");
		assertThat(reading.facilities().get(2).row().services()).containsExactly("饮水", "按摩");
	}

	@Test
	void rejectsExcelErrorValue() {
		Issue issue = only(read(valid().set(FacilityType.CHILDCARE_CLASS, 0, "托管儿童数",
				SubmissionWorkbookBuilder.error(FormulaError.DIV0))), IssueCode.FORMULA_ERROR);
		assertThat(issue.location()).isEqualTo("子女托管班!G2");
		assertThat(issue.value()).isEqualTo("#DIV/0!");
	}

	@Test
	void rejectsFormulaSavedWithoutItsResult() {
		Issue issue = only(
				read(valid().set(FacilityType.CHILDCARE_CLASS, 0, "托管儿童数", SubmissionWorkbookBuilder.formula("20+25"))),
				IssueCode.VALUE_TYPE);
		assertThat(issue.messageZh()).contains("没有保存计算结果").contains("用 Excel 打开此文件并保存");
	}

	@Test
	void readsFormulaByItsCachedResult() {
		SubmissionReading reading = read(valid().set(FacilityType.CHILDCARE_CLASS, 0, "托管儿童数",
				SubmissionWorkbookBuilder.formulaResult("20+25", 45)));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.facilities().get(8).row().children()).isEqualTo(45);
	}

	@Test
	void rejectsMalformedFacilityCode() {
		Issue issue = only(read(valid().set(FacilityType.SERVICE_STATION, 0, "编号", "S 001")), IssueCode.CODE_FORMAT);
		assertThat(issue.location()).isEqualTo("工会服务站!A2");
	}

	@Test
	void rejectsDuplicateCodeFlaggingBothRows() {
		SubmissionReading reading = read(valid().set(FacilityType.SERVICE_STATION, 1, "编号", "S001"));
		assertThat(reading.issues(IssueCode.CODE_DUPLICATE)).extracting(Issue::location)
			.containsExactly("工会服务站!A2", "工会服务站!A3");
	}

	@Test
	void rejectsOpeningDateAfterThePeriod() {
		Issue issue = only(read(valid().set(FacilityType.MOTHER_BABY_ROOM, 0, "启用日期", LocalDate.of(2018, 2, 1))),
				IssueCode.DATE_FUTURE);
		assertThat(issue.location()).isEqualTo("母婴关爱室!E2");
		assertThat(issue.messageZh()).contains("2017-12-31");
	}

	@Test
	void acceptsAClassRunningPastTheEndOfThePeriod() {
		SubmissionReading reading = read(
				valid().set(FacilityType.CHILDCARE_CLASS, 0, "结班日期", LocalDate.of(2018, 1, 20)));
		assertThat(reading.issues(IssueCode.DATE_FUTURE)).isEmpty();
		assertThat(reading.issues()).noneMatch(Issue::isError);
	}

	@Test
	void rejectsFillingDateAfterToday() {
		Issue issue = only(read(valid().profile("填报日期", LocalDate.of(2018, 3, 2))), IssueCode.DATE_FUTURE);
		assertThat(issue.location()).isEqualTo("基本情况!B9");
	}

	@Test
	void rejectsClassEndingBeforeItStarts() {
		Issue issue = only(read(valid().set(FacilityType.CHILDCARE_CLASS, 0, "结班日期", LocalDate.of(2017, 7, 1))),
				IssueCode.DATE_ORDER);
		assertThat(issue.location()).isEqualTo("子女托管班!F2");
	}

	@Test
	void warnsWhenTotalsRowDisagreesWithDataRows() {
		SubmissionReading reading = read(valid().totalsRow(FacilityType.WORKER_HOME, 3));
		Issue issue = only(reading, IssueCode.TOTAL_ROW_MISMATCH);
		assertThat(issue.location()).isEqualTo("职工之家!B4");
		assertThat(reading.closing().issues()).contains(issue);
		assertThat(reading.facilities()).hasSize(10);
	}

	@Test
	void acceptsTotalsRowThatAgrees() {
		assertThat(read(valid().totalsRow(FacilityType.WORKER_HOME, "2")).codes()).containsExactly(IssueCode.ORG_SUM);
	}

	@Test
	void rejectsAppRegistrationsAboveMembers() {
		Issue issue = only(read(valid().profile("APP注册会员数", 9200)), IssueCode.MEMBERS_EXCEEDED);
		assertThat(issue.location()).isEqualTo("基本情况!B17");
	}

	@Test
	void warnsWhenVisitsAreBelowActivityMembers() {
		assertThat(only(read(valid().profile("活动参与人次", 3000)), IssueCode.VISITS_BELOW_MEMBERS).severity())
			.isEqualTo(Severity.WARNING);
	}

	@Test
	void acceptsOrganisationCountsThatSum() {
		assertThat(read(valid().profile("工会组织数", 2167)).codes()).isEmpty();
	}

	@Test
	void rejectsMalformedPhoneWithoutRevealingIt() {
		Issue issue = only(read(valid().profile("联系电话", "1381234567890")), IssueCode.VALUE_TYPE);
		assertThat(issue.value()).isEqualTo("138******7890");
		assertThat(issue.messageZh() + issue.messageEn()).doesNotContain("1381234567890");
	}

	@Test
	void reportsEveryMistakeOfAWorkbookInOnePass() {
		SubmissionReading reading = read(valid().profile("所属区", "东城区")
			.profile("会员人数", "很多")
			.profile("活动参与人次", 100)
			.set(FacilityType.SERVICE_STATION, 0, "面积（平方米）", -5)
			.set(FacilityType.SERVICE_STATION, 1, "编号", "S001")
			.set(FacilityType.WARM_STATION, 1, "启用日期", "2017年13月1日")
			.set(FacilityType.WORKER_HOME, 1, "级别", "优秀")
			.set(FacilityType.MOTHER_BABY_ROOM, 0, "面积（平方米）", SubmissionWorkbookBuilder.error(FormulaError.REF))
			.set(FacilityType.CHILDCARE_CLASS, 1, "结班日期", LocalDate.of(2017, 1, 1))
			.totalsRow(FacilityType.CHILDCARE_CLASS, 5));
		assertThat(reading.codes()).containsExactlyInAnyOrder(IssueCode.DISTRICT_MISMATCH, IssueCode.VALUE_TYPE,
				IssueCode.ORG_SUM, IssueCode.VISITS_BELOW_MEMBERS, IssueCode.VALUE_RANGE, IssueCode.CODE_DUPLICATE,
				IssueCode.CODE_DUPLICATE, IssueCode.VALUE_TYPE, IssueCode.VALUE_ENUM, IssueCode.FORMULA_ERROR,
				IssueCode.DATE_ORDER, IssueCode.TOTAL_ROW_MISMATCH);
		assertThat(reading.issues()).extracting(Issue::location)
			.contains("基本情况!B5", "基本情况!B15", "工会服务站!D2", "暖心驿站!F3", "职工之家!D3", "母婴关爱室!D2", "子女托管班!F3");
		assertThat(reading.facilities()).hasSize(10);
	}

	private static Issue only(SubmissionReading reading, IssueCode code) {
		return only(reading.issues().stream().filter((issue) -> issue.code() != IssueCode.ORG_SUM).toList(), code);
	}

	private static Issue only(List<Issue> issues, IssueCode code) {
		assertThat(issues).extracting(Issue::code).containsExactly(code);
		Issue issue = issues.get(0);
		assertThat(issue.severity()).isEqualTo(code.severity());
		assertThat(issue.messageZh()).isNotBlank();
		assertThat(issue.messageEn()).isNotBlank();
		return issue;
	}

}

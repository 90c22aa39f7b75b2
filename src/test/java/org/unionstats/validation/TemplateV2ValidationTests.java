package org.unionstats.validation;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.SpecialWorkFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.SubmissionWorkbookBuilder.row;

/**
 * Template v2 (spec: "Template v2 additions") and the carried-over class (spec:
 * "Carried-over figures"), read and checked within the submission.
 */
class TemplateV2ValidationTests {

	@TempDir
	Path dir;

	private final TestValidationContext context = TestValidationContext.guanganmenwai();

	private SubmissionReading read(SubmissionWorkbookBuilder builder) {
		return SubmissionReading.read(builder.writeTo(this.dir), this.context);
	}

	@Test
	void readsTheSpecialWorkFiguresOfAVersion2Workbook() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2());
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.profile().profile().templateVersion()).isEqualTo("2");
		assertThat(reading.profile().profile().specialWork())
			.isEqualTo(new SpecialWorkFigures(40, 20, 90, 21, 380, 2, 10, 125, 113, 118));
	}

	@Test
	void acceptsAVersion1WorkbookWhoseSpecialWorkFiguresAreThenUnknownNotZero() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid());
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.profile().profile().templateVersion()).isEqualTo("1");
		assertThat(reading.profile().profile().specialWork()).isNull();
	}

	@Test
	void ignoresSpecialWorkRowsInAVersion1Workbook() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2().profile("模板版本", "1"));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.profile().profile().specialWork()).isNull();
	}

	@Test
	void acceptsBlankSpecialWorkFiguresAsUnknown() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2().profile("劳模：全国劳模人数", null));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.profile().profile().specialWork().modelWorkersNational()).isNull();
		assertThat(reading.profile().profile().specialWork().modelWorkersMunicipal()).isEqualTo(10);
	}

	@Test
	void rejectsAVersion2WorkbookWithoutASpecialWorkRow() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2().withoutProfileField("已建会企业数"));
		assertThat(reading.issues(IssueCode.VALUE_REQUIRED)).singleElement()
			.satisfies((issue) -> assertThat(issue.messageZh()).contains("已建会企业数"));
	}

	@Test
	void rejectsMoreFirmsIntendingToUnioniseThanTheDriveReached() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2().profile("双沟通：建会意向企业数", 91));
		assertThat(reading.issues(IssueCode.DRIVE_INTENTS_EXCEEDED)).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.location()).isEqualTo("基本情况!B25");
			assertThat(issue.value()).isEqualTo("91");
			assertThat(issue.messageZh()).contains("91").contains("90");
		});
	}

	@Test
	void rejectsMoreContractOrCongressFirmsThanUnionisedFirms() {
		SubmissionReading reading = read(
				SubmissionWorkbookBuilder.valid().v2().profile("其中：签订集体合同企业数", 126).profile("其中：建立职代会制度企业数", 130));
		assertThat(reading.issues(IssueCode.FIRMS_EXCEEDED)).extracting(Issue::location, Issue::value)
			.containsExactly(org.assertj.core.api.Assertions.tuple("基本情况!B30", "126"),
					org.assertj.core.api.Assertions.tuple("基本情况!B31", "130"));
	}

	@Test
	void acceptsContractFirmsEqualToUnionisedFirms() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid().v2().profile("其中：签订集体合同企业数", 125));
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
	}

	@Test
	void warnsAtItsStartDateOfAChildcareClassThatEndedBeforeThePeriod() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.addRow(FacilityType.CHILDCARE_CLASS, row("编号", "C2016", "名称", "去年暑期班", "举办地点", "广外街道文化中心", "开班日期",
					LocalDate.of(2016, 7, 11), "结班日期", LocalDate.of(2016, 8, 19))));
		assertThat(reading.issues(IssueCode.CLASS_BEFORE_PERIOD)).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.WARNING);
			assertThat(issue.location()).isEqualTo("子女托管班!E4");
			assertThat(issue.messageZh()).contains("2016-08-19").contains("2017-01-01");
		});
	}

	@Test
	void doesNotWarnOfAClassEndingOnThePeriodsFirstDay() {
		SubmissionReading reading = read(SubmissionWorkbookBuilder.valid()
			.addRow(FacilityType.CHILDCARE_CLASS, row("编号", "C2016", "名称", "跨年寒假班", "举办地点", "广外街道文化中心", "开班日期",
					LocalDate.of(2016, 12, 20), "结班日期", LocalDate.of(2017, 1, 1))));
		assertThat(reading.issues(IssueCode.CLASS_BEFORE_PERIOD)).isEmpty();
	}

}

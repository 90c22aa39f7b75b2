package org.unionstats.validation;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.support.WorkbookParts;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text PostgreSQL cannot store (NUL, other control characters but tab and line breaks,
 * half a surrogate pair) is VALUE_CHARACTERS at its cell, with the position of the
 * character; the value never reaches a row, and the issue shows it replaced by U+FFFD.
 */
class UnstorableTextTests {

	@TempDir
	Path dir;

	@Test
	void reportsNulInAnXlsTextCellAtItsPosition() {
		Path file = SubmissionWorkbookBuilder.valid()
			.xls()
			.set(FacilityType.SERVICE_STATION, 0, "名称", "广安门\u0000外街道总工会服务站")
			.writeTo(this.dir);

		SubmissionReading reading = read(file);

		assertThat(reading.issues(IssueCode.VALUE_CHARACTERS)).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("工会服务站!B2");
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.messageZh()).contains("第 4 个字符");
			assertThat(issue.messageEn()).contains("character 4");
			assertThat(issue.value()).isEqualTo("广安门\uFFFD外街道总工会服务站");
		});
		assertThat(reading.facilities().get(0).row().name()).isNull();
		assertNoControlCharacterInAnyIssue(reading);
	}

	@Test
	void reportsABrokenSurrogatePairInAnXlsProfileValue() {
		Path file = SubmissionWorkbookBuilder.valid().xls().profile("填报人", "张\uD83D丽").writeTo(this.dir);

		SubmissionReading reading = read(file);

		assertThat(reading.issues(IssueCode.VALUE_CHARACTERS)).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).startsWith("基本情况!B");
			assertThat(issue.messageEn()).contains("character 2");
			assertThat(issue.value()).isEqualTo("张\uFFFD丽");
		});
		assertThat(reading.profile().profile().contactName()).isNull();
	}

	/**
	 * XML cannot carry control characters, so Excel writes them as {@code _xHHHH_} (POI
	 * drops them on writing instead).
	 */
	@Test
	void decodesExcelsEscapesOfControlCharactersInXlsxText() {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		String strings = WorkbookParts.read(valid, "xl/sharedStrings.xml");
		Path file = WorkbookParts.replace(valid, this.dir.resolve("escaped.xlsx"), "xl/sharedStrings.xml",
				strings.replace("<t>湾子社区工会服务站</t>", "<t>湾子_x0000_社区工会服务站</t>")
					.replace("<t>北京市西城区湾子街8号</t>", "<t>北京市西城区_x005F_x0000_湾子街8号</t>"));

		SubmissionReading reading = read(file);

		assertThat(reading.issues(IssueCode.VALUE_CHARACTERS)).singleElement()
			.satisfies((issue) -> assertThat(issue.location()).isEqualTo("工会服务站!B3"))
			.satisfies((issue) -> assertThat(issue.messageEn()).contains("character 3"));
		assertThat(reading.facilities().get(1).row().address()).as("an escaped _x is a literal _x")
			.isEqualTo("北京市西城区_x0000_湾子街8号");
	}

	@Test
	void keepsTabsAndLineBreaks() {
		Path file = SubmissionWorkbookBuilder.valid()
			.set(FacilityType.WARM_STATION, 1, "地址", "北京市西城区\r\n红莲南路\t30号")
			.writeTo(this.dir);
		assertThat(read(file).codes()).containsExactly(IssueCode.ORG_SUM);
	}

	private SubmissionReading read(Path file) {
		return SubmissionReading.read(file, TestValidationContext.guanganmenwai());
	}

	private static void assertNoControlCharacterInAnyIssue(SubmissionReading reading) {
		for (Issue issue : reading.issues()) {
			assertThat(issue.toString()).doesNotContain("\u0000");
		}
	}

}

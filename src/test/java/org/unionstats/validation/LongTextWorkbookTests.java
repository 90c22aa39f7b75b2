package org.unionstats.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.support.WorkbookParts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell may hold no more than Excel's 32,767 characters: a longer text is cut while
 * reading and reported at its cell, so a few megabytes of file that inflate to hundreds
 * of millions of characters never reach memory, and the rest of the file is still
 * checked.
 */
class LongTextWorkbookTests {

	private static final String SERVICE_STATIONS = "xl/worksheets/sheet2.xml";

	/** Enough to fill a heap were it held, as Java chars (2 bytes each) or a string. */
	private static final long HUGE = 200_000_000;

	@TempDir
	Path dir;

	@Test
	void reportsAnInlineTextOfHundredsOfMillionsOfCharactersInAnUnusedColumnWithoutHoldingIt() {
		Path file = withHugeCell("inline.xlsx", "<c r=\"Z3\" t=\"inlineStr\"><is><t>", "</t></is></c>");

		long allocated = allocatedBy(() -> assertReportedAt(file, "工会服务站!Z3"));

		assertThat(allocated).as("bytes allocated while reading").isLessThan(HUGE);
	}

	@Test
	void reportsAFormulaTextOfHundredsOfMillionsOfCharactersWithoutHoldingIt() {
		Path file = withHugeCell("formula.xlsx", "<c r=\"Z3\"><f>", "</f><v>1</v></c>");

		long allocated = allocatedBy(() -> assertReportedAt(file, "工会服务站!Z3"));

		assertThat(allocated).as("bytes allocated while reading").isLessThan(HUGE);
	}

	@Test
	void reportsAValueOfHundredsOfMillionsOfCharactersInAUsedColumn() {
		Path file = withHugeCell("value.xlsx", "<c r=\"Z3\" t=\"str\"><f>\"x\"</f><v>", "</v></c>");
		assertReportedAt(file, "工会服务站!Z3");
	}

	@Test
	void cutsASharedStringOverExcelsLimitAndReportsItWhereACellUsesIt() {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		String strings = WorkbookParts.read(valid, "xl/sharedStrings.xml");
		String longName = randomText(40_000);
		Path file = WorkbookParts.replace(valid, this.dir.resolve("long-string.xlsx"), "xl/sharedStrings.xml",
				strings.replace("<t>湾子社区工会服务站</t>", "<t>" + longName + "</t>"));

		SubmissionReading reading = SubmissionReading.read(file, TestValidationContext.guanganmenwai());

		assertThat(reading.issues(IssueCode.VALUE_TOO_LONG)).singleElement().satisfies((issue) -> {
			assertThat(issue.location()).isEqualTo("工会服务站!B3");
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.messageZh()).contains("32767");
			assertThat(issue.messageEn()).contains("32767");
		});
		assertThat(reading.issues(IssueCode.VALUE_RANGE)).as("no second issue for the same cell").isEmpty();
		assertThat(reading.facilities().get(1).row().name()).isNull();
	}

	private void assertReportedAt(Path file, String location) {
		SubmissionReading reading = SubmissionReading.read(file, TestValidationContext.guanganmenwai());
		assertThat(reading.issues(IssueCode.VALUE_TOO_LONG)).singleElement()
			.satisfies((issue) -> assertThat(issue.location()).isEqualTo(location))
			.satisfies((issue) -> assertThat(issue.value()).hasSizeLessThanOrEqualTo(201));
		assertThat(reading.profile().profile()).as("the rest of the file is still read").isNotNull();
		assertThat(reading.facilities()).hasSize(10);
		assertThat(reading.codes()).containsOnly(IssueCode.VALUE_TOO_LONG, IssueCode.ORG_SUM);
	}

	/**
	 * The valid workbook with one more cell in row 3 of 工会服务站, whose text of
	 * {@link #HUGE} characters is streamed into the package: text of little variety, so
	 * it deflates about 30 to 1, as a zip-bomb guard lets pass.
	 */
	private Path withHugeCell(String fileName, String before, String after) {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid-" + fileName);
		String sheet = WorkbookParts.read(valid, SERVICE_STATIONS);
		int rowEnd = sheet.indexOf("</row>", sheet.indexOf("<row r=\"3\""));
		Path file = WorkbookParts.replace(valid, this.dir.resolve(fileName), SERVICE_STATIONS, (out) -> {
			out.write(sheet.substring(0, rowEnd).getBytes(StandardCharsets.UTF_8));
			out.write(before.getBytes(StandardCharsets.UTF_8));
			writeHugeText(out);
			out.write(after.getBytes(StandardCharsets.UTF_8));
			out.write(sheet.substring(rowEnd).getBytes(StandardCharsets.UTF_8));
		});
		assertThat(size(file)).as("file size").isLessThan(20L * 1024 * 1024);
		return file;
	}

	private static void writeHugeText(OutputStream out) throws IOException {
		byte[] block = new byte[1024 * 1024];
		Random random = new Random(7);
		for (int i = 0; i < block.length; i++) {
			block[i] = (byte) ((random.nextInt(75) == 0) ? 'A' + random.nextInt(26) : 'A');
		}
		for (long written = 0; written < HUGE; written += block.length) {
			out.write(block, 0, (int) Math.min(block.length, HUGE - written));
		}
	}

	/** Chinese text too varied for the zip-bomb guard to take for one. */
	private static String randomText(int length) {
		Random random = new Random(7);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('一' + random.nextInt(2000)));
		}
		return text.toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The bytes the current thread allocates while running the action. */
	private static long allocatedBy(Runnable action) {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		action.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

}

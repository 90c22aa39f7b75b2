package org.unionstats.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.PeriodType;
import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.support.WorkbookParts;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.SubmissionWorkbookBuilder.valid;

/**
 * One workbook for each file-level code of the contract that reading a file produces (and
 * for the reading's own cell codes), each reported with its code: the corpus a change to
 * the reader must keep passing.
 */
class HostileWorkbookCorpusTests {

	/**
	 * The spec's file-level codes that come from reading a file; DUPLICATE_FILE is the
	 * intake's.
	 */
	private static final Set<IssueCode> FILE_LEVEL_READING_CODES = EnumSet.of(IssueCode.FILE_FORMAT,
			IssueCode.FILE_ENCRYPTED, IssueCode.FILE_UNREADABLE, IssueCode.FILE_TOO_LARGE, IssueCode.TEMPLATE_VERSION,
			IssueCode.SHEET_MISSING, IssueCode.SHEET_DUPLICATE, IssueCode.COLUMN_MISSING, IssueCode.FEDERATION_UNKNOWN,
			IssueCode.FEDERATION_NOT_OWNER, IssueCode.DISTRICT_MISMATCH, IssueCode.NAME_MISMATCH,
			IssueCode.PERIOD_INVALID, IssueCode.PERIOD_CLOSED);

	/** Codes that stop reading: nothing else can be said of such a file. */
	private static final Set<IssueCode> WHOLE_FILE_CODES = EnumSet.of(IssueCode.FILE_FORMAT, IssueCode.FILE_ENCRYPTED,
			IssueCode.FILE_UNREADABLE, IssueCode.FILE_TOO_LARGE);

	private static final TestValidationContext CONTEXT = TestValidationContext.guanganmenwai();

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void reportsEachHostileWorkbookWithItsCode(Case hostile) {
		SubmissionReading reading = hostile.read(this.dir);

		if (WHOLE_FILE_CODES.contains(hostile.code())) {
			assertThat(reading.codes()).containsExactly(hostile.code());
		}
		else {
			assertThat(reading.codes()).contains(hostile.code());
		}
		assertThat(reading.issues(hostile.code())).allSatisfy((issue) -> {
			assertThat(issue.severity()).isEqualTo(hostile.code().severity());
			assertThat(issue.messageZh()).isNotBlank().doesNotContain("{");
			assertThat(issue.messageEn()).isNotBlank().doesNotContain("{");
		});
	}

	@Test
	void coversEveryFileLevelCodeThatReadingProduces() {
		assertThat(corpus().map(Case::code).collect(Collectors.toSet())).containsAll(FILE_LEVEL_READING_CODES);
	}

	static Stream<Case> corpus() {
		return Stream.of(new Case(IssueCode.FILE_FORMAT, "a .docx renamed .xlsx", HostileWorkbookCorpusTests::docx),
				new Case(IssueCode.FILE_ENCRYPTED, "a password-protected .xls", HostileWorkbookCorpusTests::encrypted),
				new Case(IssueCode.FILE_UNREADABLE, "an .xlsx cut in half", HostileWorkbookCorpusTests::truncated),
				new Case(IssueCode.FILE_TOO_LARGE, "a file over a 1 KiB limit",
						(dir) -> SubmissionReading.read(valid().writeTo(dir), CONTEXT,
								settings(dir, DataSize.ofKilobytes(1)))),
				workbook(IssueCode.TEMPLATE_VERSION, "template version 9", valid().profile("模板版本", "9")),
				workbook(IssueCode.SHEET_MISSING, "no 母婴关爱室 sheet", valid().withoutSheet("母婴关爱室")),
				workbook(IssueCode.SHEET_DUPLICATE, "工会服务站 twice, once with a leading space",
						valid().extraSheet(" 工会服务站")),
				workbook(IssueCode.COLUMN_MISSING, "no 编号 column",
						valid().withoutColumn(FacilityType.SERVICE_STATION, "编号")),
				workbook(IssueCode.FEDERATION_UNKNOWN, "a code not in the registry",
						valid().profile("街道代码", "110102099")),
				workbook(IssueCode.FEDERATION_NOT_OWNER, "another federation's code",
						valid().profile("街道代码", "110102019").profile("街道名称", "天桥街道")),
				workbook(IssueCode.DISTRICT_MISMATCH, "another district", valid().profile("所属区", "东城区")),
				workbook(IssueCode.NAME_MISMATCH, "another name", valid().profile("街道名称", "广外街道")),
				workbook(IssueCode.PERIOD_INVALID, "a malformed period", valid().profile("报送期", "2017年")),
				new Case(IssueCode.PERIOD_CLOSED, "a closed period",
						(dir) -> SubmissionReading.read(valid().writeTo(dir), CONTEXT.withClosed("2017"))),
				new Case(IssueCode.VALUE_TOO_LONG, "a shared string over 32,767 characters",
						HostileWorkbookCorpusTests::longSharedString),
				workbook(IssueCode.VALUE_CHARACTERS, "a NUL in an .xls text",
						valid().xls().set(FacilityType.WORKER_HOME, 0, "名称", "职工\u0000之家")));
	}

	private static Case workbook(IssueCode code, String description, SubmissionWorkbookBuilder builder) {
		return new Case(code, description, (dir) -> SubmissionReading.read(builder.writeTo(dir), CONTEXT));
	}

	private static SubmissionReading docx(Path dir) {
		Path file = dir.resolve("report.xlsx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("工作总结");
			document.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return SubmissionReading.read(file, CONTEXT);
	}

	private static SubmissionReading encrypted(Path dir) {
		Path file = dir.resolve("encrypted.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			valid().build(workbook);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		return SubmissionReading.read(file, CONTEXT);
	}

	private static SubmissionReading truncated(Path dir) {
		try {
			byte[] bytes = Files.readAllBytes(valid().writeTo(dir));
			Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
			return SubmissionReading.read(file, CONTEXT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SubmissionReading longSharedString(Path dir) {
		Path valid = valid().writeTo(dir, "valid.xlsx");
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 40_000; i++) {
			text.append((char) ('一' + random.nextInt(2000)));
		}
		String strings = WorkbookParts.read(valid, "xl/sharedStrings.xml")
			.replace("<t>天宁寺社区职工之家</t>", "<t>" + text + "</t>");
		return SubmissionReading
			.read(WorkbookParts.replace(valid, dir.resolve("long.xlsx"), "xl/sharedStrings.xml", strings), CONTEXT);
	}

	private static UnionStatsProperties settings(Path dir, DataSize maxFileSize) {
		return UnionStatsProperties.bind(java.util.Map.of("unionstats.drop-root", dir.toString(),
				"unionstats.max-file-size", maxFileSize.toBytes() + "B"));
	}

	/**
	 * One workbook of the corpus.
	 *
	 * @param code the code it must be reported with
	 * @param description what is wrong with it
	 * @param reading writes it into a folder and reads it
	 */
	record Case(IssueCode code, String description, Function<Path, SubmissionReading> reading) {

		SubmissionReading read(Path dir) {
			return this.reading.apply(dir);
		}

		@Override
		public String toString() {
			return this.code + ": " + this.description;
		}

	}

}

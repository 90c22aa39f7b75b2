package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import org.unionstats.UnionStatsProperties;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.feedback.FeedbackWriterTests.request;
import static org.unionstats.feedback.TestWorkbooks.STATIONS;
import static org.unionstats.feedback.TestWorkbooks.cellIssue;
import static org.unionstats.feedback.TestWorkbooks.fileIssue;
import static org.unionstats.feedback.TestWorkbooks.open;
import static org.unionstats.feedback.TestWorkbooks.texts;

class FeedbackWriterListOnlyTests {

	private static final Issue NOT_A_WORKBOOK = fileIssue(IssueCode.FILE_FORMAT, "文件不是 Excel 工作簿",
			"The file is not an Excel workbook");

	@TempDir
	Path folder;

	private final FeedbackWriter writer = new FeedbackWriter(UnionStatsProperties.defaults(Path.of("drop")));

	@Test
	void randomBytesGetAOneSheetIssueList() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		Path original = Files.write(this.folder.resolve("报表.xlsx"), bytes);

		Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, List.of(NOT_A_WORKBOOK), 0));

		assertThat(this.writer.workbookExtension(original)).isEqualTo("xlsx");
		assertThat(feedback).isInstanceOf(XSSFWorkbook.class);
		assertThat(feedback.getNumberOfSheets()).isOne();
		assertThat(feedback.getSheetName(0)).isEqualTo("校验结果");
		assertThat(texts(feedback.getSheetAt(0))).contains("退回 / Rejected", "FILE_FORMAT", NOT_A_WORKBOOK.messageZh(),
				NOT_A_WORKBOOK.messageEn());
		feedback.close();
	}

	@Test
	void encryptedXlsxGetsAnXlsxIssueList() throws IOException, GeneralSecurityException {
		Path original = this.folder.resolve("加密.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet(STATIONS);
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				workbook.write(out);
			}
			try (OutputStream out = Files.newOutputStream(original)) {
				fs.writeFilesystem(out);
			}
		}
		Issue encrypted = fileIssue(IssueCode.FILE_ENCRYPTED, "文件有密码保护", "The workbook is password-protected");

		assertThat(this.writer.workbookExtension(original)).isEqualTo("xlsx");
		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, List.of(encrypted), 0))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("FILE_ENCRYPTED", encrypted.messageZh());
		}
	}

	@Test
	void csvGetsAOneSheetIssueList() throws IOException {
		Path original = Files.writeString(this.folder.resolve("报表.csv"), "编号,名称\nGAW-1,=1+1\n", StandardCharsets.UTF_8);

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, List.of(NOT_A_WORKBOOK), 0))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("FILE_FORMAT");
		}
	}

	@Test
	void workbookThatFailsToOpenGetsTheIssueListWithTheReason() throws IOException {
		Path original = Files.write(this.folder.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1");

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, List.of(area), 10))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("VALUE_RANGE", "无法打开该文件生成带标注的副本；问题仅在本表列出。",
					"The file could not be opened to make an annotated copy; the issues are listed here only.");
		}
	}

	@Test
	void theVerdictOfAListAlonePointsAtTheListNotAtMarkedCells() throws IOException {
		Path original = Files.write(this.folder.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1");
		Issue name = cellIssue(IssueCode.NAME_MISMATCH, TestWorkbooks.PROFILE, "B3", "广外街道");

		try (Workbook rejected = writeAndOpen(request(original, Verdict.REJECTED, List.of(area), 10));
				Workbook warned = writeAndOpen(request(original, Verdict.ACCEPTED, List.of(name), 10))) {
			assertThat(banner(rejected)).startsWith("退回：请按下表改正问题，再把改正后的工作簿放入")
				.contains("Rejected: correct the problems listed below and drop")
				.doesNotContain("标红")
				.doesNotContain("marked");
			assertThat(banner(warned)).startsWith("采用（有警告）：数据已进入本期统计；请核对下表所列，如确有错误")
				.contains("check what is listed below and, if something is wrong")
				.doesNotContain("标黄")
				.doesNotContain("marked");
		}
	}

	@Test
	void theVerdictOnAFileThatIsNoWorkbookPointsAtTheListNotAtMarkedCells() throws IOException {
		Path original = Files.write(this.folder.resolve("随机.xlsx"), new byte[] { 7, 1, 2, 3, 4, 5, 6, 7 });

		try (Workbook rejected = writeAndOpen(request(original, Verdict.REJECTED, List.of(NOT_A_WORKBOOK), 0))) {
			assertThat(banner(rejected)).startsWith("退回：请按下表改正问题，再把改正后的工作簿放入")
				.doesNotContain("标红")
				.doesNotContain("marked");
		}
	}

	@Test
	void workbookWithACellOverExcelsLimitGetsTheIssueListWithoutOpeningIt() throws IOException {
		Path original = Files.write(this.folder.resolve("long.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Issue tooLong = cellIssue(IssueCode.VALUE_TOO_LONG, STATIONS, "Z3", "AAAA");

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, List.of(tooLong), 10))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("VALUE_TOO_LONG",
					"有单元格的内容超过 Excel 允许的字符数，未生成带标注的工作簿副本；问题仅在本表列出。");
		}
	}

	@Test
	void originalThatHasVanishedStillGetsTheIssueList() throws IOException {
		Path original = this.folder.resolve("gone.xlsx");

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED,
				List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1")), 10))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
		}
	}

	@Test
	void tooManyDataRowsForACopyInMemoryGiveTheListAloneWithTheReasonUnderTheVerdict() throws IOException {
		// an .xls is annotated in memory, an .xlsx as a stream whatever its rows
		Path original = TestWorkbooks.xls(this.folder, 10);

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED,
				List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1")), 10_001))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			Sheet list = feedback.getSheetAt(0);
			assertThat(list.getRow(1).getCell(1).getStringCellValue()).isEqualTo("退回 / Rejected");
			assertThat(list.getRow(2).getCell(1).getStringCellValue())
				.isEqualTo("数据共 10,001 行，超过 10,000 行，未生成带标注的工作簿副本；问题仅在本表列出。");
			assertThat(list.getRow(3).getCell(1).getStringCellValue()).startsWith("The workbook has 10,001 data rows");
			assertThat(texts(list)).contains("VALUE_RANGE");
			list.forEach((row) -> row.forEach((cell) -> {
				if (cell instanceof XSSFCell xssf && xssf.getCellType() == CellType.STRING) {
					assertThat(xssf.getCTCell().getT()).isEqualTo(STCellType.S);
				}
			}));
		}
	}

	@Test
	void moreIssuesThanCanBeMarkedGiveTheListAloneWithTheReason() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i <= FeedbackWriter.ANNOTATE_MAX_ISSUES; i++) {
			issues.add(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D" + (2 + i % 10), "1"));
		}

		try (Workbook feedback = writeAndOpen(request(original, Verdict.REJECTED, issues, 10))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(feedback.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
				.isEqualTo("问题共 20,001 条，超过 20,000 条，未生成带标注的工作簿副本；问题仅在本表列出。");
		}
	}

	@Test
	void aFileWithoutAnyIssueGetsTheSummaryAloneWithNoCopyOfItsWorkbook() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Path target = this.folder.resolve("out/feedback.xlsx");

		this.writer.write(request(original, Verdict.ACCEPTED, List.of(), 10), target, this.folder.resolve("out/f.json"),
				scratch());

		try (Workbook feedback = open(target)) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("采用 / Accepted", "未发现任何问题：10 行数据已全部采用，无需标注副本。",
					"No issue found: all 10 data rows were taken in, so there is nothing to mark on a copy.");
		}
	}

	@Test
	void fileBiggerThanTheSizeThresholdForACopyInMemoryGivesTheListAlone() throws IOException {
		FeedbackWriter small = new FeedbackWriter(UnionStatsProperties.defaults(Path.of("drop")), 1024);
		Path original = TestWorkbooks.xls(this.folder, 10);
		Path target = this.folder.resolve("out/feedback.xlsx");

		small.write(
				request(original, Verdict.ACCEPTED, List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1")), 10),
				target, this.folder.resolve("out/f.json"), scratch());

		try (Workbook feedback = open(target)) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).anyMatch((text) -> text.startsWith("文件大小"))
				.anyMatch(
						(text) -> text.endsWith("MB, so no annotated copy was made; the issues are listed here only."));
		}
	}

	@Test
	void duplicateGetsAShortNote() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue duplicate = fileIssue(IssueCode.DUPLICATE_FILE, "与 2017-06-30 处理的文件相同", "Same as the file of 2017-06-30");

		try (Workbook feedback = writeAndOpen(request(original, Verdict.DUPLICATE, List.of(duplicate), 10))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(texts(feedback.getSheetAt(0))).contains("重复 / Duplicate", "DUPLICATE_FILE", "提示 / Info",
					duplicate.messageZh());
		}
	}

	@Test
	void xlsListLongerThanASheetIsCutAndSaysSo() throws IOException {
		Path original = TestWorkbooks.xls(this.folder, 10);
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			issues.add(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D" + (i + 1), "1"));
		}
		Path target = this.folder.resolve("out/feedback.xls");

		this.writer.write(request(original, Verdict.REJECTED, issues, 60_000), target,
				this.folder.resolve("out/f.json"), scratch());

		try (Workbook feedback = open(target)) {
			assertThat(feedback).isInstanceOf(HSSFWorkbook.class);
			Sheet list = feedback.getSheetAt(0);
			assertThat(list.getLastRowNum()).isLessThanOrEqualTo(65_535).isGreaterThan(65_000);
			assertThat(texts(list)).anyMatch((text) -> text.startsWith("问题共 70,000 条"));
		}
	}

	private Workbook writeAndOpen(FeedbackRequest request) throws IOException {
		Path target = this.folder.resolve("out/feedback.xlsx");
		this.writer.write(request, target, this.folder.resolve("out/feedback.json"), scratch());
		return open(target);
	}

	/** Where the writer keeps its temporary files, as the submission's work folder. */
	private Path scratch() {
		return this.folder.resolve("work");
	}

	private static String banner(Workbook feedback) {
		return feedback.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import org.unionstats.UnionStatsProperties;
import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.feedback.FeedbackWriterTests.request;
import static org.unionstats.feedback.TestWorkbooks.PROFILE;
import static org.unionstats.feedback.TestWorkbooks.STATIONS;
import static org.unionstats.feedback.TestWorkbooks.cellIssue;
import static org.unionstats.feedback.TestWorkbooks.fileIssue;
import static org.unionstats.feedback.TestWorkbooks.rowIssue;

/**
 * The workbook holding the issue list alone is written straight as a package; read back
 * by POI it holds what the same list made with POI holds, cell for cell and style for
 * style.
 */
class IssueListAloneTests {

	@TempDir
	Path folder;

	static Stream<Case> cases() {
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104"),
				cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "=HYPERLINK(\"http://x\")"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9),
				fileIssue(IssueCode.FILE_FORMAT, "文件不是 Excel 工作簿", "The file is not an Excel workbook"),
				new Issue(IssueCode.VALUE_TOO_LONG, IssueCode.VALUE_TOO_LONG.severity(), STATIONS, "C5", 5, "名称",
						"很长的名称".repeat(40), "名称过长，" + "请缩短。".repeat(30), "The name is too long. ".repeat(12)));
		return Stream.of(new Case("accepted without issues", Verdict.ACCEPTED, List.of(), null),
				new Case("rejected with issues", Verdict.REJECTED, issues, null),
				new Case("accepted with warnings", Verdict.ACCEPTED,
						List.of(cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F8", "2099-01-01")), null),
				new Case("a duplicate, with a note", Verdict.DUPLICATE,
						List.of(fileIssue(IssueCode.DUPLICATE_FILE, "与已收文件相同", "Same as a file already taken")),
						new FeedbackNote("说明\n第二行", "a note\non two lines")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void readsAsTheListMadeWithPoi(Case example) throws IOException {
		FeedbackRequest request = request(TestWorkbooks.xlsx(this.folder, 3), example.verdict(), example.issues(), 3);

		try (XSSFWorkbook expected = open(withPoi(this.folder.resolve("poi.xlsx"), request, example.note()));
				XSSFWorkbook actual = open(straight(this.folder.resolve("straight.xlsx"), request, example.note()))) {
			assertThat(actual.getNumberOfSheets()).isOne();
			assertThat(actual.getSheetName(0)).isEqualTo(expected.getSheetName(0));
			assertThat(actual.getActiveSheetIndex()).isZero();
			assertSameSheet(expected.getSheetAt(0), actual.getSheetAt(0));
			assertThat(actual.getName("_xlnm._FilterDatabase").getRefersToFormula())
				.isEqualTo(expected.getName("_xlnm._FilterDatabase").getRefersToFormula());
		}
	}

	@Test
	void markupControlCharactersAndFormulasInTheClerksTextsReadBackAsPoiWritesThem() throws IOException {
		String name = "a&b<c>\"d'\u0001\r\n=SUM(A1)\uD83D\uDE00.xlsx";
		Issue issue = new Issue(IssueCode.VALUE_RANGE, IssueCode.VALUE_RANGE.severity(), STATIONS, "D7", 7, "面积",
				"+1<2&3>\u0007", "面积 <超出> & 范围", "Area <out> & \"range\"");
		FeedbackRequest request = new FeedbackRequest(TestWorkbooks.xlsx(this.folder, 3), name, "110102020", "2017",
				"ab".repeat(32), Verdict.REJECTED, List.of(issue), 3);

		try (XSSFWorkbook expected = open(withPoi(this.folder.resolve("poi.xlsx"), request, null));
				XSSFWorkbook actual = open(straight(this.folder.resolve("straight.xlsx"), request, null))) {
			assertSameSheet(expected.getSheetAt(0), actual.getSheetAt(0));
			assertThat(TestWorkbooks.texts(actual.getSheetAt(0))).contains("a&b<c>\"d'?\r\n=SUM(A1)\uD83D\uDE00.xlsx",
					"+1<2&3>?");
		}
	}

	@Test
	void aListOfManyDifferentTextsKeepsThemOutOfTheHeapAndEveryOneReadsBack() throws IOException {
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < 12_000; i++) {
			issues.add(new Issue(IssueCode.VALUE_RANGE, IssueCode.VALUE_RANGE.severity(), STATIONS, "D" + (i + 2),
					i + 2, "面积", "值" + i, "第" + i + "个面积超出范围，请核对后重新填写。", "Area number " + i + " is out of range."));
		}
		FeedbackRequest request = request(TestWorkbooks.xlsx(this.folder, 3), Verdict.REJECTED, issues, 3);

		try (XSSFWorkbook list = open(straight(this.folder.resolve("straight.xlsx"), request, null))) {
			XSSFSheet sheet = list.getSheetAt(0);
			int header = headerRow(sheet);
			assertThat(sheet.getLastRowNum()).isEqualTo(header + 12_000);
			List<String> messages = new ArrayList<>();
			for (int row = header + 1; row <= sheet.getLastRowNum(); row++) {
				messages.add(sheet.getRow(row).getCell(IssueListColumns.MESSAGE_ZH).getStringCellValue());
			}
			assertThat(messages).contains("第0个面积超出范围，请核对后重新填写。", "第11999个面积超出范围，请核对后重新填写。").doesNotHaveDuplicates();
		}
	}

	private static void assertSameSheet(XSSFSheet expected, XSSFSheet actual) {
		assertThat(actual.getLastRowNum()).isEqualTo(expected.getLastRowNum());
		for (int column = 0; column < IssueListColumns.COUNT; column++) {
			assertThat(actual.getColumnWidth(column)).as("width of column %d", column)
				.isEqualTo(expected.getColumnWidth(column));
		}
		for (int index = 0; index <= expected.getLastRowNum(); index++) {
			Row want = expected.getRow(index);
			Row got = actual.getRow(index);
			if (want == null) {
				assertThat(got).as("row %d", index).isNull();
				continue;
			}
			assertThat(got.getHeightInPoints()).as("height of row %d", index).isEqualTo(want.getHeightInPoints());
			assertThat(got.getZeroHeight()).isEqualTo(want.getZeroHeight());
			assertThat(got.getLastCellNum()).as("cells of row %d", index).isEqualTo(want.getLastCellNum());
			for (Cell cell : want) {
				assertSameCell((XSSFCell) cell, (XSSFCell) got.getCell(cell.getColumnIndex()));
			}
		}
		assertThat(actual.getMergedRegions()).containsExactlyElementsOf(expected.getMergedRegions());
		assertThat(actual.getPaneInformation().getHorizontalSplitPosition())
			.isEqualTo(expected.getPaneInformation().getHorizontalSplitPosition());
		assertThat(actual.getPaneInformation().isFreezePane()).isTrue();
		assertThat(actual.getCTWorksheet().getAutoFilter().getRef())
			.isEqualTo(expected.getCTWorksheet().getAutoFilter().getRef());
		assertThat(actual.isSelected()).isTrue();
		assertThat(actual.getFitToPage()).isTrue();
		assertThat(actual.getPrintSetup().getLandscape()).isTrue();
		assertThat(actual.getPrintSetup().getFitWidth()).isEqualTo(expected.getPrintSetup().getFitWidth());
		assertThat(actual.getPrintSetup().getFitHeight()).isEqualTo(expected.getPrintSetup().getFitHeight());
		assertThat(actual.getHyperlinkList()).isEmpty();
	}

	private static void assertSameCell(XSSFCell want, XSSFCell got) {
		String where = want.getReference();
		assertThat(got).as(where).isNotNull();
		assertThat(got.getCellType()).as(where).isEqualTo(want.getCellType());
		if (want.getCellType() == CellType.STRING) {
			assertThat(got.getStringCellValue()).as(where).isEqualTo(want.getStringCellValue());
			assertThat(got.getCTCell().getT()).as(where).isEqualTo(STCellType.S);
		}
		else if (want.getCellType() == CellType.NUMERIC) {
			assertThat(got.getNumericCellValue()).as(where).isEqualTo(want.getNumericCellValue());
		}
		XSSFCellStyle wantStyle = want.getCellStyle();
		XSSFCellStyle gotStyle = got.getCellStyle();
		assertThat(gotStyle.getFillPattern()).as(where).isEqualTo(wantStyle.getFillPattern());
		assertThat(gotStyle.getFillForegroundColor()).as(where).isEqualTo(wantStyle.getFillForegroundColor());
		assertThat(gotStyle.getWrapText()).as(where).isEqualTo(wantStyle.getWrapText());
		assertThat(gotStyle.getVerticalAlignment()).as(where).isEqualTo(wantStyle.getVerticalAlignment());
		assertThat(gotStyle.getQuotePrefixed()).as(where).isEqualTo(wantStyle.getQuotePrefixed());
		XSSFFont wantFont = wantStyle.getFont();
		XSSFFont gotFont = gotStyle.getFont();
		assertThat(gotFont.getBold()).as(where).isEqualTo(wantFont.getBold());
		assertThat(gotFont.getFontHeightInPoints()).as(where).isEqualTo(wantFont.getFontHeightInPoints());
		assertThat(gotFont.getColor()).as(where).isEqualTo(wantFont.getColor());
		assertThat(gotFont.getUnderline()).as(where).isEqualTo(wantFont.getUnderline());
		assertThat(gotFont.getFontName()).as(where).isEqualTo(wantFont.getFontName());
	}

	private static int headerRow(XSSFSheet sheet) {
		return sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
	}

	/** The list as POI makes it in a streaming workbook, as it was made before. */
	static Path withPoi(Path file, FeedbackRequest request, FeedbackNote note) throws IOException {
		try (TempFileStringsWorkbook workbook = TempFileStringsWorkbook.create(100);
				OutputStream out = Files.newOutputStream(file)) {
			issueList().alone(workbook, request, note);
			workbook.writeAvoidingTempFiles(out);
		}
		return file;
	}

	static Path straight(Path file, FeedbackRequest request, FeedbackNote note) throws IOException {
		try (OutputStream out = Files.newOutputStream(file);
				XlsxIssueListWorkbook workbook = new XlsxIssueListWorkbook(out)) {
			issueList().alone(workbook, request, note);
			workbook.finish();
		}
		return file;
	}

	static IssueListSheetWriter issueList() {
		UnionStatsProperties settings = UnionStatsProperties.defaults(Path.of("drop"));
		return new IssueListSheetWriter(FeedbackMessages.load(), SharePaths.of(settings), LocalTimes.of(settings),
				Clock.fixed(Instant.parse("2026-12-06T16:50:00Z"), ZoneOffset.UTC));
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	record Case(String name, Verdict verdict, List<Issue> issues, FeedbackNote note) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}

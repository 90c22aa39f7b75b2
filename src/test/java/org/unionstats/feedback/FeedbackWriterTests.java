package org.unionstats.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import org.unionstats.UnionStatsProperties;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.feedback.TestWorkbooks.PROFILE;
import static org.unionstats.feedback.TestWorkbooks.STATIONS;
import static org.unionstats.feedback.TestWorkbooks.cellIssue;
import static org.unionstats.feedback.TestWorkbooks.fileIssue;
import static org.unionstats.feedback.TestWorkbooks.open;
import static org.unionstats.feedback.TestWorkbooks.rowIssue;
import static org.unionstats.feedback.TestWorkbooks.texts;

class FeedbackWriterTests {

	@TempDir
	Path folder;

	private final FeedbackWriter writer = new FeedbackWriter(UnionStatsProperties.defaults(Path.of("drop")));

	@Test
	void annotatedCopyStartsWithResultSheetHoldingVerdictAndEveryIssue() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "250000"),
				cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "广外街道"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9),
				new Issue(IssueCode.SHEET_MISSING, IssueCode.SHEET_MISSING.severity(), "暖心驿站", null, null, null, null,
						"缺少工作表“暖心驿站”", "Sheet 暖心驿站 is missing"),
				fileIssue(IssueCode.PERIOD_CLOSED, "报送期已关闭", "The period is closed"));

		Path feedback = write(request(original, Verdict.REJECTED, issues, 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			assertThat(workbook).isInstanceOf(XSSFWorkbook.class);
			assertThat(workbook.getSheetName(0)).isEqualTo("校验结果");
			assertThat(workbook.getActiveSheetIndex()).isZero();
			assertThat(workbook.getSheetAt(1).isSelected()).isFalse();
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			List<String> texts = texts(workbook.getSheetAt(0));
			assertThat(texts).contains("退回 / Rejected", "广安门外街道2017.xlsx", "110102020", "2017");
			assertThat(texts).anyMatch((text) -> text.startsWith("退回：请按下表改正问题"))
				.anyMatch((text) -> text.contains("\nRejected: correct the problems listed below"));
			for (Issue issue : issues) {
				assertThat(texts).contains(issue.code().name(), issue.messageZh(), issue.messageEn());
			}
			assertThat(texts).contains("D7", "第9行 / row 9");
			assertThat(summaryNumber(workbook.getSheetAt(0), "错误数 / Errors")).isEqualTo(3);
			assertThat(summaryNumber(workbook.getSheetAt(0), "警告数 / Warnings")).isEqualTo(2);
		}
	}

	@Test
	void fillsAndCommentsSitOnExactlyTheFlaggedCellsAndKeepTheirValues() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");
		Issue date = cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F8", "2017-06-21");
		Issue name = cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "110102020");

		Path feedback = write(request(original, Verdict.REJECTED, List.of(area, date, name), 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			Sheet stations = workbook.getSheet(STATIONS);
			Cell d7 = stations.getRow(6).getCell(3);
			assertThat(d7.getNumericCellValue()).isEqualTo(104);
			assertFlagged(d7, IndexedColors.RED);
			assertThat(d7.getCellComment().getString().getString()).isEqualTo("面积超出范围：104\nArea out of range: 104");
			Cell f8 = stations.getRow(7).getCell(5);
			assertFlagged(f8, IndexedColors.RED);
			assertThat(f8.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(f8.getLocalDateTimeCellValue().toLocalDate()).hasToString("2017-06-21");
			assertThat(workbook.getSheet(PROFILE).getRow(3).getCell(1).getCellFormula())
				.isIn("SUM(" + STATIONS + "!D3:D4)", "SUM('" + STATIONS + "'!D3:D4)");
			Cell b3 = workbook.getSheet(PROFILE).getRow(2).getCell(1);
			assertFlagged(b3, IndexedColors.YELLOW);
			assertThat(b3.getStringCellValue()).isEqualTo("110102020");
			assertThat(stations.getCellComments()).hasSize(2);
			assertThat(workbook.getSheet(PROFILE).getCellComments()).hasSize(1);
			for (Cell neighbour : List.of(stations.getRow(6).getCell(2), stations.getRow(7).getCell(3),
					stations.getRow(5).getCell(3), stations.getRow(6).getCell(4))) {
				assertThat(neighbour.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
				assertThat(neighbour.getCellComment()).isNull();
			}
		}
	}

	@Test
	void issuesOnOneCellShareOneCommentAndTheWorstColour() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue warning = cellIssue(IssueCode.LIST_VALUE_UNKNOWN, STATIONS, "D7", "x");
		Issue error = cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D7", "y");

		Path feedback = write(request(original, Verdict.REJECTED, List.of(warning, error), 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			Cell d7 = workbook.getSheet(STATIONS).getRow(6).getCell(3);
			assertFlagged(d7, IndexedColors.RED);
			assertThat(d7.getCellComment().getString().getString()).contains(warning.messageZh(), warning.messageEn(),
					error.messageZh(), error.messageEn());
		}
	}

	@Test
	void neighbouringCellsFlaggedRightToLeftEachGetTheirOwnComment() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue right = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "E7", "3");
		Issue left = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");

		Path feedback = write(request(original, Verdict.REJECTED, List.of(right, left), 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			Row row = workbook.getSheet(STATIONS).getRow(6);
			assertThat(row.getCell(3).getCellComment().getString().getString()).startsWith(left.messageZh());
			assertThat(row.getCell(4).getCellComment().getString().getString()).startsWith(right.messageZh());
			assertThat(texts(workbook.getSheetAt(0))).doesNotContain("无法打开该文件生成带标注的副本；问题仅在本表列出。");
		}
	}

	@Test
	void issueWithOnlyARowMarksTheFirstCellOfThatRow() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue total = rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9);
		Issue blank = rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 40);

		Path feedback = write(request(original, Verdict.ACCEPTED, List.of(total, blank), 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			Sheet stations = workbook.getSheet(STATIONS);
			assertFlagged(stations.getRow(8).getCell(0), IndexedColors.YELLOW);
			assertThat(stations.getRow(8).getCell(0).getStringCellValue()).isEqualTo("GAW-6");
			assertFlagged(stations.getRow(39).getCell(0), IndexedColors.YELLOW);
			assertThat(stations.getCellComments()).hasSize(2);
		}
	}

	@Test
	void fiveThousandFlaggedCellsShareAHandfulOfStyles() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 2500);
		int stylesBefore;
		try (Workbook workbook = open(original)) {
			stylesBefore = workbook.getNumCellStyles();
		}
		List<Issue> issues = new ArrayList<>();
		for (int row = 3; row < 2503; row++) {
			issues.add(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D" + row, "1"));
			issues.add(cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F" + row, "2"));
		}

		Path feedback = write(request(original, Verdict.REJECTED, issues, 2500)).workbook();

		try (Workbook workbook = open(feedback)) {
			// Two recoloured styles for the sheet's two, and the issue list's dozen
			assertThat(workbook.getNumCellStyles()).isLessThanOrEqualTo(stylesBefore + 14);
			XSSFSheet stations = (XSSFSheet) workbook.getSheet(STATIONS);
			// Counted in the comments table: Sheet.getCellComments() is quadratic in XSSF
			Comments comments = stations.getRelations()
				.stream()
				.filter(Comments.class::isInstance)
				.map(Comments.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(comments.getNumberOfComments()).isEqualTo(5000);
			assertFlagged(stations.getRow(2501).getCell(5), IndexedColors.RED);
			assertThat(stations.getRow(2501).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(5000);
		}
	}

	@Test
	void formulaLookingValuesStayInertStrings() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		List<String> values = List.of("=HYPERLINK(\"http://example.com\",\"点击\")", "+1+1", "-2+3", "@SUM(A1:A2)");
		List<Issue> issues = values.stream()
			.map((value) -> cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D5", value))
			.toList();

		Path feedback = write(request(original, Verdict.REJECTED, issues, 10)).workbook();

		try (Workbook workbook = open(feedback)) {
			Sheet list = workbook.getSheetAt(0);
			List<Cell> valueCells = new ArrayList<>();
			for (Row row : list) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING && values.contains(cell.getStringCellValue())) {
						valueCells.add(cell);
					}
				}
			}
			assertThat(valueCells).hasSize(values.size())
				.allSatisfy((cell) -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
			assertThat(workbook.getSheet(STATIONS).getRow(4).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void issueListTextIsWrittenAsSharedStrings() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);

		Path feedback = write(request(original, Verdict.REJECTED,
				List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104")), 10))
			.workbook();

		try (Workbook workbook = open(feedback)) {
			List<XSSFCell> strings = new ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> {
				if (cell.getCellType() == CellType.STRING) {
					strings.add((XSSFCell) cell);
				}
			}));
			assertThat(strings).isNotEmpty()
				.allSatisfy((cell) -> assertThat(cell.getCTCell().getT()).isEqualTo(STCellType.S));
		}
	}

	@Test
	void xlsOriginalGivesAnXlsAnnotatedCopy() throws IOException {
		Path original = TestWorkbooks.xls(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");
		assertThat(this.writer.workbookExtension(original)).isEqualTo("xls");

		Path target = this.folder.resolve("out/广安门外街道2017.xls.校验结果.xls");
		FeedbackFiles files = write(request(original, Verdict.REJECTED, List.of(area), 10), target);

		assertThat(FileMagic.valueOf(files.workbook().toFile())).isEqualTo(FileMagic.OLE2);
		try (Workbook workbook = open(files.workbook())) {
			assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
			assertThat(workbook.getSheetName(0)).isEqualTo("校验结果");
			assertThat(workbook.getActiveSheetIndex()).isZero();
			assertThat(texts(workbook.getSheetAt(0))).contains("VALUE_RANGE", area.messageZh(), area.messageEn());
			Cell d7 = workbook.getSheet(STATIONS).getRow(6).getCell(3);
			assertThat(d7.getNumericCellValue()).isEqualTo(104);
			assertFlagged(d7, IndexedColors.RED);
			assertThat(d7.getCellComment().getString().getString()).isEqualTo("面积超出范围：104\nArea out of range: 104");
			assertThat(workbook.getSheet(PROFILE).getRow(3).getCell(1).getCellFormula())
				.isIn("SUM(" + STATIONS + "!D3:D4)", "SUM('" + STATIONS + "'!D3:D4)");
			assertThat(workbook.getName("站点面积").getRefersToFormula()).isIn(STATIONS + "!$D$3:$D$12",
					"'" + STATIONS + "'!$D$3:$D$12");
		}
	}

	@Test
	void originalIsNeverModified() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		byte[] before = Files.readAllBytes(original);

		write(request(original, Verdict.REJECTED, List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1")), 10));

		assertThat(Files.readAllBytes(original)).isEqualTo(before);
	}

	@Test
	void writingTwiceReplacesTheTargetsAndLeavesNoTemporaryFiles() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Path out = this.folder.resolve("feedback/110102020");
		Path workbookTarget = out.resolve("广安门外街道2017.xlsx.校验结果.xlsx");
		Path jsonTarget = out.resolve("广安门外街道2017.xlsx.校验结果.json");
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1");

		this.writer.write(request(original, Verdict.REJECTED, List.of(area), 10), workbookTarget, jsonTarget,
				scratch());
		this.writer.write(request(original, Verdict.ACCEPTED, List.of(), 10), workbookTarget, jsonTarget, scratch());

		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("广安门外街道2017.xlsx.校验结果.xlsx", "广安门外街道2017.xlsx.校验结果.json");
		}
		try (Workbook workbook = open(workbookTarget)) {
			assertThat(texts(workbook.getSheetAt(0))).contains("采用 / Accepted").doesNotContain("VALUE_RANGE");
			assertThat(workbook.getSheet(STATIONS)).as("nothing to mark, no copy").isNull();
		}
		assertThat(Files.readString(jsonTarget)).contains("\"ACCEPTED\"");
	}

	@Test
	void droppingAFeedbackCopyAgainGivesOneFreshResultSheet() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue first = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1");
		Path firstFeedback = write(request(original, Verdict.REJECTED, List.of(first), 10)).workbook();
		Issue second = cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D8", "2");

		Path target = this.folder.resolve("again/second.xlsx");
		Path feedback = write(request(firstFeedback, Verdict.REJECTED, List.of(second), 10), target).workbook();

		try (Workbook workbook = open(feedback)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(0)).isEqualTo("校验结果");
			assertThat(texts(workbook.getSheetAt(0))).contains("D8").doesNotContain("D7");
			Sheet stations = workbook.getSheet(STATIONS);
			assertThat(stations.getCellComments()).hasSize(1);
			assertThat(stations.getRow(7).getCell(3).getCellComment()).isNotNull();
		}
	}

	@Test
	void anEarlierFeedbacksCommentsGoEvenWhenItsResultSheetWasDeleted() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Path firstFeedback = write(
				request(original, Verdict.REJECTED, List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "1")), 10))
			.workbook();
		Path withoutList = this.folder.resolve("without-list.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(firstFeedback))) {
			assertThat(workbook.getSheet(STATIONS).getCellComments()).hasSize(1);
			workbook.removeSheetAt(0);
			try (var out = Files.newOutputStream(withoutList)) {
				workbook.write(out);
			}
		}

		// when only another sheet is flagged
		Path feedback = write(request(withoutList, Verdict.REJECTED,
				List.of(cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "2")), 10),
				this.folder.resolve("again/second.xlsx"))
			.workbook();

		try (Workbook workbook = open(feedback)) {
			assertThat(workbook.getSheet(STATIONS).getCellComments()).isEmpty();
			assertThat(workbook.getSheet(PROFILE).getCellComments()).hasSize(1);
		}
	}

	@Test
	void federationsOwnCommentIsKeptBelowTheMessage() throws IOException {
		Path original = this.folder.resolve("commented.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(STATIONS);
			Cell cell = TestWorkbooks.row(sheet, 6, "a", "b", "c", "d").getCell(3);
			Comment own = sheet.createDrawingPatriarch()
				.createCellComment(workbook.getCreationHelper().createClientAnchor());
			own.setString(workbook.getCreationHelper().createRichTextString("按街道口径填写"));
			own.setAuthor("张三");
			cell.setCellComment(own);
			try (var out = Files.newOutputStream(original)) {
				workbook.write(out);
			}
		}

		Path feedback = write(
				request(original, Verdict.REJECTED, List.of(cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D7", "d")), 1))
			.workbook();

		try (Workbook workbook = open(feedback)) {
			String comment = workbook.getSheet(STATIONS).getRow(6).getCell(3).getCellComment().getString().getString();
			assertThat(comment).startsWith("面积超出范围：d\nArea out of range: d").endsWith("按街道口径填写");
		}
	}

	@Test
	void readsTheIssuesOnlyAsStreamsAndClosesEachOne() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "250000"),
				fileIssue(IssueCode.PERIOD_CLOSED, "报送期已关闭", "The period is closed"));
		ClosingCounter annotated = new ClosingCounter(issues);
		ClosingCounter listOnly = new ClosingCounter(issues);

		write(new FeedbackRequest(original, "a.xlsx", null, "2017", null, Verdict.REJECTED, IssueCounts.of(issues),
				annotated, 10));
		write(new FeedbackRequest(TestWorkbooks.xls(this.folder, 10), "b.xls", null, "2017", null, Verdict.REJECTED,
				IssueCounts.of(issues), listOnly, 50_001));

		assertThat(annotated.opened).as("the copy, the list and the JSON").isEqualTo(3);
		assertThat(listOnly.opened).as("the list and the JSON").isEqualTo(2);
		assertThat(annotated.closed).isEqualTo(annotated.opened);
		assertThat(listOnly.closed).isEqualTo(listOnly.opened);
	}

	private FeedbackFiles write(FeedbackRequest request) {
		return write(request, this.folder.resolve("out/feedback.xlsx"));
	}

	private FeedbackFiles write(FeedbackRequest request, Path workbookTarget) {
		return this.writer.write(request, workbookTarget, workbookTarget.resolveSibling("feedback.json"), scratch());
	}

	static FeedbackRequest request(Path original, Verdict verdict, List<Issue> issues, long dataRows) {
		return new FeedbackRequest(original, original.getFileName().toString(), "110102020", "2017", "ab".repeat(32),
				verdict, issues, dataRows);
	}

	private static void assertFlagged(Cell cell, IndexedColors colour) {
		assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(colour.getIndex());
		assertThat(cell.getCellComment()).isNotNull();
	}

	private static double summaryNumber(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("No summary line " + label);
	}

	/** Issues in memory that count the streams opened and closed on them. */
	private static final class ClosingCounter implements IssueSource {

		private final IssueSource issues;

		int opened;

		int closed;

		ClosingCounter(List<Issue> issues) {
			this.issues = IssueSource.of(issues);
		}

		@Override
		public Stream<Issue> inReportingOrder() {
			return counted(this.issues.inReportingOrder());
		}

		@Override
		public Stream<Issue> worstFirst() {
			return counted(this.issues.worstFirst());
		}

		private Stream<Issue> counted(Stream<Issue> stream) {
			this.opened++;
			return stream.onClose(() -> this.closed++);
		}

	}

	/** Where the writer keeps its temporary files, as the submission's work folder. */
	private Path scratch() {
		return this.folder.resolve("work");
	}

}

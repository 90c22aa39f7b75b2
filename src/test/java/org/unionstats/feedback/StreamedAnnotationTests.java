package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import static org.unionstats.feedback.TestWorkbooks.open;
import static org.unionstats.feedback.TestWorkbooks.rowIssue;
import static org.unionstats.feedback.TestWorkbooks.texts;

/**
 * The annotated copy of an {@code .xlsx} made as a stream is the copy POI made in memory:
 * the same comments, fills and issue list, also where cells are missing, formulas are
 * shared and text is inline.
 */
class StreamedAnnotationTests {

	private static final Clock CHECKED = Clock.fixed(Instant.parse("2026-12-06T16:50:00Z"), ZoneOffset.UTC);

	@TempDir
	Path folder;

	private final IssueListSheetWriter issueList = new IssueListSheetWriter(FeedbackMessages.load(),
			SharePaths.of(settings()), LocalTimes.of(settings()), CHECKED);

	@Test
	void theStreamedCopyHasTheCommentsFillsAndIssueListOfTheCopyMadeInMemory() throws IOException {
		// given a workbook and issues of every kind the copy marks
		Path original = TestWorkbooks.xlsx(this.folder, 40);
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "250000"),
				cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F8", "2099-01-01"),
				cellIssue(IssueCode.LIST_VALUE_UNKNOWN, STATIONS, "D10", "x"),
				cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D10", "y"),
				cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "广外街道"),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "H5", "missing cell at the end of a row"),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "C70", "missing row"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 60),
				cellIssue(IssueCode.VALUE_RANGE, "暖心驿站", "D7", "a sheet the workbook lacks"),
				fileIssue(IssueCode.PERIOD_CLOSED, "报送期已关闭", "The period is closed"));
		FeedbackRequest request = request(original, Verdict.REJECTED, issues, 40);

		// when
		Path inMemory = inMemory(request);
		Path streamed = streamed(request);

		// then
		try (Workbook expected = open(inMemory); Workbook actual = open(streamed)) {
			assertThat(actual).isInstanceOf(XSSFWorkbook.class);
			assertThat(sheetNames(actual)).isEqualTo(sheetNames(expected));
			assertThat(actual.getActiveSheetIndex()).isZero();
			for (int i = 1; i < actual.getNumberOfSheets(); i++) {
				assertThat(actual.getSheetAt(i).isSelected()).isFalse();
				assertThat(comments(actual.getSheetAt(i))).isEqualTo(comments(expected.getSheetAt(i)));
				assertThat(looks(actual.getSheetAt(i))).isEqualTo(looks(expected.getSheetAt(i)));
			}
			assertThat(comments(actual.getSheet(STATIONS))).hasSize(7);
			assertThat(texts(actual.getSheetAt(0))).isEqualTo(texts(expected.getSheetAt(0)));
			assertThat(links(actual.getSheetAt(0))).isEqualTo(links(expected.getSheetAt(0))).hasSize(9);
			assertThat(looks(actual.getSheetAt(0))).isEqualTo(looks(expected.getSheetAt(0)));
			Cell date = actual.getSheet(STATIONS).getRow(7).getCell(5);
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(date.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
			assertThat(actual.getSheet(PROFILE).getRow(3).getCell(1).getCellFormula())
				.isIn("SUM(" + STATIONS + "!D3:D4)", "SUM('" + STATIONS + "'!D3:D4)");
		}
	}

	@Test
	void flaggedCellsMissingFromTheSheetAreInsertedInRowAndColumnOrder() throws IOException {
		// given row 5 with cells A, B and F, no row 6, and row 7, between a selected
		// sheet
		// and another, neither flagged
		Path original = this.folder.resolve("gaps.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TestWorkbooks.row(workbook.createSheet("说明"), 0, "请按模板填写");
			Sheet sheet = workbook.createSheet(STATIONS);
			Row five = TestWorkbooks.row(sheet, 4, "GAW-1", "服务站1");
			five.createCell(5).setCellValue(3);
			TestWorkbooks.row(sheet, 6, "GAW-2", "服务站2");
			TestWorkbooks.row(workbook.createSheet("备注"), 0, "无");
			save(workbook, original);
		}
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D5", "between B5 and F5"),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "C6", "a row that is not there"),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "A1", "before the first row"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 6));

		// when
		Path streamed = streamed(request(original, Verdict.REJECTED, issues, 2));

		// then
		String xml = part(streamed, "xl/worksheets/sheet2.xml");
		assertThat(references(xml, "row", "r")).containsExactly("1", "5", "6", "7");
		assertThat(references(xml, "c", "r")).containsExactly("A1", "A5", "B5", "D5", "F5", "A6", "C6", "A7", "B7");
		try (Workbook copy = open(streamed)) {
			Sheet sheet = copy.getSheet(STATIONS);
			for (String flagged : List.of("A1", "D5", "A6", "C6")) {
				CellAddress address = new CellAddress(flagged);
				Cell cell = sheet.getRow(address.getRow()).getCell(address.getColumn());
				assertThat(cell.getCellStyle().getFillPattern()).as(flagged)
					.isEqualTo(FillPatternType.SOLID_FOREGROUND);
				assertThat(cell.getCellComment()).as(flagged).isNotNull();
			}
			assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(4).getCell(5).getCellComment()).isNull();
			assertThat(copy.getSheet("说明").isSelected()).isFalse();
			assertThat(copy.getActiveSheetIndex()).isZero();
		}
		assertThat(part(streamed, "xl/worksheets/sheet3.xml")).isEqualTo(part(original, "xl/worksheets/sheet3.xml"));
	}

	@Test
	void sharedFormulasInlineStringsImplicitReferencesAndAlternateContentPassThrough() throws IOException {
		// given a sheet as other tools write it
		Path original = withSheetXml(TestWorkbooks.xlsx(this.folder, 2),
				"""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
						xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
						xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
						xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">\
						<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>\
						<sheetData>\
						<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>名称</t></is></c>\
						<c r="B1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">B1*2</f><v>2</v></c></row>\
						<row r="2" spans="1:3"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>2</v></c>\
						<c r="C2"><f t="shared" si="0"/><v>4</v></c></row>\
						<row><c t="inlineStr"><is><t>乙</t></is></c><c><v>3</v></c><c><f t="shared" si="0"/><v>6</v></c></row>\
						</sheetData>\
						<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
						<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice><mc:Fallback/></mc:AlternateContent>\
						</worksheet>""");
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "B2", "2"),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "C3", "6"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 3));

		// when
		Path streamed = streamed(request(original, Verdict.REJECTED, issues, 2));

		// then
		String xml = part(streamed, "xl/worksheets/sheet2.xml");
		assertThat(xml).contains("<f t=\"shared\" ref=\"C1:C3\" si=\"0\">B1*2</f>", "x14ac:dyDescent=\"0.25\"")
			.doesNotContain("tabSelected")
			.containsPattern("<legacyDrawing [^>]*/><mc:AlternateContent>");
		try (Workbook copy = open(streamed)) {
			Sheet sheet = copy.getSheet(STATIONS);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("乙");
			assertThat(sheet.getRow(2).getCell(0).getCellComment().getString().getString()).startsWith("第3行");
			Cell shared = sheet.getRow(2).getCell(2);
			assertThat(shared.getCellFormula()).isEqualTo("B3*2");
			assertThat(shared.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(sheet.getRow(1).getCell(2).getCellFormula()).isEqualTo("B2*2");
		}
	}

	@Test
	void commentsTheSheetAlreadyHasStayAndOursJoinThem() throws IOException {
		// given a sheet with the federation's own comments on A1 and D7
		Path original = this.folder.resolve("commented.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(STATIONS);
			TestWorkbooks.row(sheet, 0, "标题");
			TestWorkbooks.row(sheet, 6, "a", "b", "c", "d");
			TestWorkbooks.row(sheet, 7, "a", "b", "c", "d", "e");
			comment(sheet, sheet.getRow(0).getCell(0), "本表按街道口径填写");
			comment(sheet, sheet.getRow(6).getCell(3), "含临时站点");
			save(workbook, original);
		}
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_TYPE, STATIONS, "D7", "d"),
				cellIssue(IssueCode.VALUE_TYPE, STATIONS, "E8", "e"));
		FeedbackRequest request = request(original, Verdict.REJECTED, issues, 2);

		// when
		Path streamed = streamed(request);

		// then
		try (Workbook copy = open(streamed); Workbook expected = open(inMemory(request))) {
			Sheet sheet = copy.getSheet(STATIONS);
			assertThat(comments(sheet)).isEqualTo(comments(expected.getSheet(STATIONS)))
				.containsEntry("A1", "本表按街道口径填写")
				.containsEntry("D7", "面积超出范围：d\nArea out of range: d\n\n含临时站点")
				.containsEntry("E8", "面积超出范围：e\nArea out of range: e");
			assertThat(sheet.getCellComment(new CellAddress("A1")).getAuthor()).isEqualTo("张三");
			assertThat(sheet.getCellComment(new CellAddress("E8")).getAuthor()).isEqualTo(CellAnnotator.AUTHOR);
		}
		String shapes = part(streamed, onlyPart(streamed, ".vml"));
		assertThat(references(shapes, "v:shape", "id")).doesNotHaveDuplicates().hasSize(3);
	}

	private Path inMemory(FeedbackRequest request) throws IOException {
		Path target = this.folder.resolve("in-memory-" + System.nanoTime() + ".xlsx");
		try (OutputStream out = Files.newOutputStream(target)) {
			new AnnotatedCopyWriter(this.issueList).write(request, FeedbackFormat.XLSX, scratch(), out);
		}
		return target;
	}

	private Path streamed(FeedbackRequest request) throws IOException {
		Path target = this.folder.resolve("streamed-" + System.nanoTime() + ".xlsx");
		StreamedXlsxAnnotator annotator = new StreamedXlsxAnnotator(this.issueList);
		try (StreamedXlsxAnnotator.Prepared prepared = annotator.prepare(request);
				OutputStream out = Files.newOutputStream(target)) {
			assertThat(prepared).as("annotated as a stream").isNotNull();
			annotator.write(prepared, request, out);
		}
		return target;
	}

	private Path scratch() throws IOException {
		return Files.createDirectories(this.folder.resolve("work"));
	}

	private static UnionStatsProperties settings() {
		return UnionStatsProperties.defaults(Path.of("drop"));
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	/** Each comment's text by its cell. */
	private static Map<String, String> comments(Sheet sheet) {
		Map<String, String> comments = new TreeMap<>();
		sheet.getCellComments().forEach((address, comment) -> comments.put(address.formatAsString(), text(comment)));
		return comments;
	}

	private static String text(Comment comment) {
		return comment.getString().getString();
	}

	/** How each cell looks: fill, colour, number format, font and borders. */
	private static Map<String, String> looks(Sheet sheet) {
		Map<String, String> looks = new LinkedHashMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				CellStyle style = cell.getCellStyle();
				looks.put(cell.getAddress().formatAsString(),
						style.getFillPattern() + " " + style.getFillForegroundColor() + " "
								+ style.getDataFormatString() + " "
								+ sheet.getWorkbook().getFontAt(style.getFontIndex()).toString().replaceAll("\\s+", " ")
								+ " " + style.getBorderBottom() + style.getBorderTop() + style.getWrapText()
								+ style.getQuotePrefixed() + " " + cell.getCellType());
			}
		}
		return looks;
	}

	private static Map<String, String> links(Sheet sheet) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				Hyperlink link = cell.getHyperlink();
				if (link != null && cell.getCellType() == CellType.STRING) {
					links.put(cell.getAddress().formatAsString(), link.getAddress());
				}
			}
		}
		return links;
	}

	private static void comment(Sheet sheet, Cell cell, String text) {
		var factory = sheet.getWorkbook().getCreationHelper();
		var anchor = factory.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex());
		anchor.setRow1(cell.getRowIndex());
		anchor.setCol2(cell.getColumnIndex() + 2);
		anchor.setRow2(cell.getRowIndex() + 3);
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(factory.createRichTextString(text));
		comment.setAuthor("张三");
		cell.setCellComment(comment);
	}

	private static void save(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static String part(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String onlyPart(Path file, String extension) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> names = zip.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.endsWith(extension))
				.toList();
			assertThat(names).hasSize(1);
			return names.get(0);
		}
	}

	/** An attribute of each element of that name, in document order. */
	private static List<String> references(String xml, String element, String attribute) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("<" + element + "\\s[^>]*?\\b" + attribute + "=\"([^\"]*)\"").matcher(xml);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	/** The workbook with its station sheet (the second) replaced by the given XML. */
	private Path withSheetXml(Path workbook, String sheetXml) throws IOException {
		Path changed = this.folder.resolve("changed.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
					out.write(sheetXml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return changed;
	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/**
 * The issue list as a federation's clerk sees it in Excel or WPS: the verdict at a
 * glance, readable columns, links to the flagged cells, folders and times as the clerk
 * knows them, and files anyone can open.
 */
class FeedbackForClerksTests {

	private static final String SHARE = "\\\\files\\unionstats";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** 16:45 UTC, 00:45 the next day in Beijing. */
	private static final Instant MODIFIED = Instant.parse("2026-12-06T16:45:19Z");

	private static final Instant CHECKED = Instant.parse("2026-12-06T16:50:00Z");

	@TempDir
	Path folder;

	private final FeedbackWriter writer = writer(SHARE);

	@Test
	void eachCellReferenceOfTheAnnotatedCopyLinksToTheFlaggedCell() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");
		Issue total = rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9);
		Issue name = cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "广外街道");
		Issue closed = fileIssue(IssueCode.PERIOD_CLOSED, "报送期已关闭", "The period is closed");

		try (Workbook feedback = write(request(original, Verdict.REJECTED, List.of(area, total, name, closed)))) {
			assertThat(linkOf(feedback, "D7")).isEqualTo("'" + STATIONS + "'!D7");
			assertThat(linkOf(feedback, "第9行 / row 9")).isEqualTo("'" + STATIONS + "'!A9");
			assertThat(linkOf(feedback, "B3")).isEqualTo("'" + PROFILE + "'!B3");
			assertThat(resolve(feedback, linkOf(feedback, "D7")).getNumericCellValue()).isEqualTo(104);
			assertThat(resolve(feedback, linkOf(feedback, "B3")).getStringCellValue()).isEqualTo("110102020");
			assertThat(referenceCell(feedback, "D7").getCellStyle().getWrapText()).isTrue();
		}
	}

	@Test
	void anXlsAnnotatedCopyLinksToTheFlaggedCellToo() throws IOException {
		Path original = TestWorkbooks.xls(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");

		try (Workbook feedback = write(request(original, Verdict.REJECTED, List.of(area)), "xls")) {
			assertThat(linkOf(feedback, "D7")).isEqualTo("'" + STATIONS + "'!D7");
			assertThat(resolve(feedback, linkOf(feedback, "D7")).getNumericCellValue()).isEqualTo(104);
		}
	}

	@Test
	void anIssueListAloneShowsCellReferencesAsText() throws IOException {
		// an .xls is annotated in memory, so one of more rows than that allows gets the
		// list alone
		Path original = TestWorkbooks.xls(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");

		try (Workbook feedback = write(request(original, Verdict.REJECTED, List.of(area), 50_001))) {
			assertThat(feedback.getNumberOfSheets()).isOne();
			assertThat(referenceCell(feedback, "D7").getHyperlink()).isNull();
		}
	}

	@Test
	void columnsAreSizedForTheirContentWithTheChineseMessageFirstAndMessagesWrapped() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue claimed = new Issue(IssueCode.FACILITY_CLAIMED_ELSEWHERE, IssueCode.FACILITY_CLAIMED_ELSEWHERE.severity(),
				STATIONS, "B7", 7, "名称", "服务站5", "该设施（服务站5，广安门外大街5号）在同一报送期已出现在其他街道（天桥街道）的已采用数据中，请核实是否重复报送。",
				"This facility (服务站5, 广安门外大街5号) is in another federation's accepted data (天桥街道) for the same period:"
						+ " please check that it is not reported twice.");

		try (Workbook feedback = write(request(original, Verdict.ACCEPTED, List.of(claimed)))) {
			Sheet list = feedback.getSheetAt(0);
			Row header = headerRow(list);
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("说明\nMessage (zh)");
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("英文说明\nMessage (en)");
			assertThat(header.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(characters(list, 0)).as("labels such as 文件指纹 / SHA-256").isGreaterThanOrEqualTo(19);
			assertThat(characters(list, 1)).as("the longest code present")
				.isGreaterThanOrEqualTo("FACILITY_CLAIMED_ELSEWHERE".length());
			assertThat(characters(list, 6)).isLessThan(characters(list, 5));
			assertThat(characters(list, 0) + characters(list, 1) + characters(list, 2) + characters(list, 3)
					+ characters(list, 4) + characters(list, 5))
				.as("the Chinese message is on a laptop screen")
				.isLessThanOrEqualTo(160);
			Row issue = list.getRow(header.getRowNum() + 1);
			assertThat(issue.getCell(5).getStringCellValue()).isEqualTo(claimed.messageZh());
			assertThat(issue.getCell(5).getCellStyle().getWrapText()).isTrue();
			assertThat(issue.getCell(6).getCellStyle().getWrapText()).isTrue();
			assertThat(issue.getHeightInPoints()).as("grown to its wrapped message").isGreaterThanOrEqualTo(45);
			assertThat((int) list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(header.getRowNum() + 1);
			assertThat(((XSSFSheet) list).getCTWorksheet().getAutoFilter().getRef())
				.startsWith("A" + (header.getRowNum() + 1) + ":G");
		}
	}

	@Test
	void theBannerIsGreenForAcceptedAmberForWarningsAndRedForRejected() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue warning = cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "广外街道");
		Issue error = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");

		try (Workbook accepted = write(request(original, Verdict.ACCEPTED, List.of()));
				Workbook warned = write(request(original, Verdict.ACCEPTED, List.of(warning)));
				Workbook rejected = write(request(original, Verdict.REJECTED, List.of(error, warning)))) {
			assertBanner(accepted, IndexedColors.GREEN, "采用：数据已进入本期统计，无需其他操作。");
			assertBanner(warned, IndexedColors.LIGHT_ORANGE, "采用（有警告）：");
			assertBanner(rejected, IndexedColors.RED, "退回：请按下表改正问题（标红的单元格）");
		}
	}

	@Test
	void theNextStepNamesTheFolderOnTheFederationsShare() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue error = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");

		try (Workbook shared = write(request(original, Verdict.REJECTED, List.of(error)));
				Workbook relative = write(writer(null), request(original, Verdict.REJECTED, List.of(error)), "xlsx")) {
			assertThat(banner(shared)).contains("再把改正后的工作簿放入 \\\\files\\unionstats\\inbox\\110102020；")
				.contains("drop the corrected workbook into \\\\files\\unionstats\\inbox\\110102020;");
			assertThat(banner(relative)).contains("再把改正后的工作簿放入 inbox\\110102020；")
				.contains("drop the corrected workbook into inbox\\110102020;");
		}
	}

	@Test
	void timesAreShownInTheConfiguredZoneWhichIsNamed() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);

		try (Workbook feedback = write(request(original, Verdict.ACCEPTED, List.of()))) {
			assertThat(summaryValue(feedback, "修改时间 / Modified"))
				.isEqualTo("2026-12-07 00:45 (Asia/Shanghai, UTC+08:00)");
			assertThat(summaryValue(feedback, "检查时间 / Checked"))
				.isEqualTo("2026-12-07 00:50 (Asia/Shanghai, UTC+08:00)");
		}
	}

	@Test
	void feedbackFilesCanBeReadByOthers() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Path workbook = this.folder.resolve("out/feedback.xlsx");
		Path json = this.folder.resolve("out/feedback.json");

		this.writer.write(request(original, Verdict.ACCEPTED, List.of()), workbook, json, this.folder.resolve("work"));

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workbook))).isEqualTo("rw-r--r--");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo("rw-r--r--");
	}

	@Test
	void everyCellWeWriteIsASharedStringWhileTheSubmittersOwnCellsStayAsTheyCame() throws IOException {
		// given a workbook whose own text is in inline strings, as some tools write it
		Path original = TestWorkbooks.save(new SXSSFWorkbook(null, 100, false, false),
				this.folder.resolve("inline.xlsx"), 10);
		assertThat(sheetXml(original, STATIONS)).contains("t=\"inlineStr\"");
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104");
		Path annotated = this.folder.resolve("out/annotated.xlsx");
		Path listOnly = this.folder.resolve("out/list.xlsx");

		// when
		this.writer.write(request(original, Verdict.REJECTED, List.of(area)), annotated,
				this.folder.resolve("out/a.json"), this.folder.resolve("work"));
		this.writer.write(request(original, Verdict.DUPLICATE, List.of(area)), listOnly,
				this.folder.resolve("out/l.json"), this.folder.resolve("work"));

		// then
		for (Path feedback : List.of(annotated, listOnly)) {
			assertThat(sheetXml(feedback, "校验结果")).contains("t=\"s\"").doesNotContain("inlineStr");
		}
		assertThat(sheetXml(annotated, STATIONS)).contains("t=\"inlineStr\"");
	}

	private FeedbackRequest request(Path original, Verdict verdict, List<Issue> issues) {
		return request(original, verdict, issues, 10);
	}

	private FeedbackRequest request(Path original, Verdict verdict, List<Issue> issues, long dataRows) {
		return new FeedbackRequest(original, original.getFileName().toString(), "110102020", "2017", "ab".repeat(32),
				verdict, IssueCounts.of(issues), IssueSource.of(issues), dataRows, "110102020", MODIFIED);
	}

	private Workbook write(FeedbackRequest request) throws IOException {
		return write(this.writer, request, "xlsx");
	}

	private Workbook write(FeedbackRequest request, String extension) throws IOException {
		return write(this.writer, request, extension);
	}

	private Workbook write(FeedbackWriter writer, FeedbackRequest request, String extension) throws IOException {
		Path target = this.folder.resolve("out/feedback-" + System.nanoTime() + "." + extension);
		writer.write(request, target, target.resolveSibling(target.getFileName() + ".json"),
				this.folder.resolve("work"));
		return open(target);
	}

	private static FeedbackWriter writer(@Nullable String share) {
		UnionStatsProperties settings = UnionStatsProperties.defaults(Path.of("drop")).withClerkView(share, BEIJING);
		return new FeedbackWriter(settings, FeedbackWriter.ANNOTATE_MAX_BYTES, Clock.fixed(CHECKED, ZoneOffset.UTC));
	}

	private static void assertBanner(Workbook feedback, IndexedColors fill, String start) {
		Sheet list = feedback.getSheetAt(0);
		Cell banner = list.getRow(0).getCell(0);
		assertThat(banner.getStringCellValue()).startsWith(start);
		assertThat(banner.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(banner.getCellStyle().getFillForegroundColor()).isEqualTo(fill.getIndex());
		assertThat(banner.getCellStyle().getWrapText()).isTrue();
		assertThat(list.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"));
		assertThat(list.getRow(0).getHeightInPoints()).as("room for both languages").isGreaterThanOrEqualTo(30);
	}

	private static String banner(Workbook feedback) {
		return feedback.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
	}

	private static Row headerRow(Sheet list) {
		for (Row row : list) {
			Cell first = row.getCell(0);
			if (first != null && first.toString().startsWith("严重程度")) {
				return row;
			}
		}
		throw new AssertionError("No header row");
	}

	private static Cell referenceCell(Workbook feedback, String reference) {
		Sheet list = feedback.getSheetAt(0);
		for (int index = headerRow(list).getRowNum() + 1; index <= list.getLastRowNum(); index++) {
			Cell cell = list.getRow(index).getCell(3);
			if (cell != null && cell.getStringCellValue().equals(reference)) {
				return cell;
			}
		}
		throw new AssertionError("No issue at " + reference);
	}

	private static String linkOf(Workbook feedback, String reference) {
		Hyperlink link = referenceCell(feedback, reference).getHyperlink();
		assertThat(link).as("a link on " + reference).isNotNull();
		assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
		return link.getAddress();
	}

	private static Cell resolve(Workbook feedback, String address) {
		CellReference reference = new CellReference(address);
		return feedback.getSheet(reference.getSheetName()).getRow(reference.getRow()).getCell(reference.getCol());
	}

	private static int characters(Sheet sheet, int column) {
		return sheet.getColumnWidth(column) / 256;
	}

	private static String summaryValue(Workbook feedback, String label) {
		for (Row row : feedback.getSheetAt(0)) {
			Cell first = row.getCell(0);
			if (first != null && first.toString().equals(label)) {
				return row.getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("No summary line " + label);
	}

	/** The XML of a sheet, found by its name through the workbook's relations. */
	private static String sheetXml(Path file, String sheetName) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String workbook = entry(zip, "xl/workbook.xml");
			Matcher sheet = Pattern.compile("<(?:\\w+:)?sheet [^>]*name=\"" + sheetName + "\"[^>]*r:id=\"(rId\\d+)\"")
				.matcher(workbook);
			assertThat(sheet.find()).as(sheetName).isTrue();
			String relations = entry(zip, "xl/_rels/workbook.xml.rels");
			Matcher target = Pattern.compile("Id=\"" + sheet.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
				.matcher(relations);
			if (!target.find()) {
				target = Pattern.compile("Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"")
					.matcher(relations);
				assertThat(target.find()).isTrue();
			}
			return entry(zip, "xl/" + target.group(1));
		}
	}

	private static String entry(ZipFile zip, String name) throws IOException {
		try (var in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

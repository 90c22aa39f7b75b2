package org.unionstats.feedback;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.people.TextWidth;
import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * Writes the {@code 校验结果} sheet: a banner with the verdict and the next step, a short
 * summary, then one row per issue, worst first, as many as the sheet can hold.
 * <p>
 * Clerks read it in Excel or WPS without resizing anything: columns are as wide as their
 * content (messages wrap), the Chinese message comes before the English one, the header
 * row stays in view and filters, and in an annotated copy each cell reference jumps to
 * the flagged cell.
 */
final class IssueListSheetWriter {

	static final String SHEET_NAME = "校验结果";

	/** The banner spans the columns up to the Chinese message, all on a laptop screen. */
	static final int BANNER_COLUMNS = IssueListColumns.MESSAGE_ZH + 1;

	/** Rows the summary block may take above the issue table, with room to spare. */
	private static final int SUMMARY_ROWS = 20;

	private static final float LINE_POINTS = 15f;

	private final FeedbackMessages messages;

	private final SharePaths share;

	private final LocalTimes times;

	private final Clock clock;

	IssueListSheetWriter(FeedbackMessages messages, SharePaths share, LocalTimes times, Clock clock) {
		this.messages = messages;
		this.share = share;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * Adds the sheet as the first, active and only selected sheet, replacing one of the
	 * same name (a federation may drop an earlier feedback copy again). Rows are written
	 * in order only, so this works on a streaming workbook too.
	 * @param links where each issue's cell is in this workbook (a reference such as
	 * {@code '工会服务站'!D7}), or {@code null} for an issue shown as text only
	 */
	void write(Workbook workbook, FeedbackRequest request, @Nullable FeedbackNote note,
			Function<Issue, @Nullable String> links) {
		int existing = workbook.getSheetIndex(SHEET_NAME);
		if (existing >= 0) {
			workbook.removeSheetAt(existing);
		}
		Sheet sheet = workbook.createSheet(SHEET_NAME);
		workbook.setSheetOrder(SHEET_NAME, 0);
		for (Sheet other : workbook) {
			other.setSelected(other == sheet);
		}
		workbook.setActiveSheet(0);
		workbook.setFirstVisibleTab(0);
		IssueListColumns columns = IssueListColumns.fit(this.messages, request);
		columns.applyTo(sheet);
		// Clerks print it: every column on one page width, as many pages down as needed
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		new Rows(workbook, sheet, columns, links).write(request, note);
	}

	/** The writing of one sheet, holding its cursor and its few styles. */
	private final class Rows {

		private final Workbook workbook;

		private final Sheet sheet;

		private final IssueListColumns columns;

		private final Function<Issue, @Nullable String> links;

		private final TextCells text;

		private final CellStyle bold;

		private final CellStyle header;

		private final CellStyle wrapped;

		private final CellStyle link;

		private final Map<Severity, CellStyle> severityStyles = new EnumMap<>(Severity.class);

		private final Map<Severity, String> severityLabels = new EnumMap<>(Severity.class);

		private int next;

		Rows(Workbook workbook, Sheet sheet, IssueListColumns columns, Function<Issue, @Nullable String> links) {
			this.workbook = workbook;
			this.sheet = sheet;
			this.columns = columns;
			this.links = links;
			this.text = new TextCells(workbook);
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = wrappedStyle();
			this.header.setFont(boldFont);
			this.header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.wrapped = wrappedStyle();
			Font linkFont = workbook.createFont();
			linkFont.setUnderline(Font.U_SINGLE);
			linkFont.setColor(IndexedColors.BLUE.getIndex());
			this.link = wrappedStyle();
			this.link.setFont(linkFont);
			for (Severity severity : Severity.values()) {
				CellStyle style = wrappedStyle();
				if (severity == Severity.INFO) {
					style.setFont(boldFont);
				}
				else {
					style.setFillForegroundColor(SeverityStyles.fill(severity).getIndex());
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				this.severityStyles.put(severity, style);
				this.severityLabels.put(severity,
						IssueListSheetWriter.this.messages.both("severity." + severity.name()));
			}
		}

		void write(FeedbackRequest request, @Nullable FeedbackNote note) {
			// A sheet has a row limit (65,536 in .xls); the JSON always has every issue
			int capacity = this.workbook.getSpreadsheetVersion().getLastRowIndex() - SUMMARY_ROWS;
			int listed = Math.min(request.issueCount(), capacity);
			writeBanner(request);
			writeSummary(request, note, listed);
			this.next++;
			int headerRow = this.next;
			Row header = this.sheet.createRow(this.next++);
			String[] headers = this.columns.headers();
			for (int column = 0; column < headers.length; column++) {
				this.text.write(header, column, headers[column], this.header);
			}
			fitHeight(header, headers);
			try (Stream<Issue> issues = request.issues().worstFirst()) {
				issues.limit(listed).forEachOrdered(this::writeIssue);
			}
			this.sheet.createFreezePane(0, headerRow + 1);
			this.sheet.setAutoFilter(
					new CellRangeAddress(headerRow, Math.max(headerRow, this.next - 1), 0, IssueListColumns.COUNT - 1));
		}

		private void writeBanner(FeedbackRequest request) {
			VerdictBanner banner = VerdictBanner.of(request);
			Folder folder = dropFolder(request);
			FeedbackMessages messages = IssueListSheetWriter.this.messages;
			String text = messages.zh(banner.messageKey(), folder.zh()) + "\n"
					+ messages.en(banner.messageKey(), folder.en());
			Row row = this.sheet.createRow(this.next++);
			CellStyle style = bannerStyle(banner);
			this.text.write(row, 0, text, style);
			for (int column = 1; column < BANNER_COLUMNS; column++) {
				row.createCell(column).setCellStyle(style);
			}
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, BANNER_COLUMNS - 1));
			// No spreadsheet program fits a merged row to its text: it is sized here, a
			// little larger than needed
			int lines = TextWidth.lines(text, this.columns.width(0, BANNER_COLUMNS)) + 1;
			row.setHeightInPoints(lines * LINE_POINTS * 1.1f);
		}

		private CellStyle bannerStyle(VerdictBanner banner) {
			Font font = this.workbook.createFont();
			font.setBold(true);
			font.setFontHeightInPoints((short) 12);
			font.setColor(banner.lightText() ? IndexedColors.WHITE.getIndex() : IndexedColors.BLACK.getIndex());
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setFillForegroundColor(banner.fill().getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}

		private void writeSummary(FeedbackRequest request, @Nullable FeedbackNote note, int listed) {
			FeedbackMessages messages = IssueListSheetWriter.this.messages;
			Row verdict = label("summary.verdict");
			this.text.write(verdict, 1, messages.both("verdict." + request.verdict().name()), this.bold);
			if (note != null) {
				line("summary.note", note.zh());
				line(null, note.en());
			}
			label("summary.errors").createCell(1).setCellValue(request.errors());
			label("summary.warnings").createCell(1).setCellValue(request.warnings());
			line("summary.file", request.originalName());
			line("summary.federation", request.federationCode());
			line("summary.period", request.period());
			if (request.modified() != null) {
				line("summary.modified", IssueListSheetWriter.this.times.shown(request.modified()));
			}
			line("summary.checked", IssueListSheetWriter.this.times.shown(IssueListSheetWriter.this.clock.instant()));
			line("summary.sha256", request.sha256());
			if (listed < request.issueCount()) {
				line("summary.note", messages.zh("note.truncated", listed, request.issueCount()));
				line(null, messages.en("note.truncated", listed, request.issueCount()));
			}
		}

		private void writeIssue(Issue issue) {
			Row row = this.sheet.createRow(this.next++);
			String[] values = { this.severityLabels.get(issue.severity()), issue.code().name(), issue.sheet(),
					cell(issue), issue.value(), issue.messageZh(), issue.messageEn() };
			for (int column = 0; column < values.length; column++) {
				this.text.write(row, column, values[column], this.wrapped);
			}
			row.getCell(IssueListColumns.SEVERITY).setCellStyle(this.severityStyles.get(issue.severity()));
			String target = (values[IssueListColumns.CELL] != null) ? this.links.apply(issue) : null;
			if (target != null) {
				Cell reference = row.getCell(IssueListColumns.CELL);
				Hyperlink hyperlink = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress(target);
				reference.setHyperlink(hyperlink);
				reference.setCellStyle(this.link);
			}
			fitHeight(row, values);
		}

		private @Nullable String cell(Issue issue) {
			if (issue.cellRef() != null) {
				return issue.cellRef();
			}
			return (issue.row() != null) ? IssueListSheetWriter.this.messages.both("cell.row", issue.row().toString())
					: null;
		}

		/**
		 * Not every spreadsheet program grows a row to its wrapped text on its own, so
		 * the height is set from the text.
		 */
		private void fitHeight(Row row, @Nullable String[] values) {
			int lines = 1;
			for (int column = 0; column < values.length; column++) {
				if (values[column] != null) {
					lines = Math.max(lines, TextWidth.lines(values[column], this.columns.width(column)));
				}
			}
			if (lines > 1) {
				row.setHeightInPoints(lines * LINE_POINTS);
			}
		}

		private Row label(String key) {
			Row row = this.sheet.createRow(this.next++);
			this.text.write(row, 0, IssueListSheetWriter.this.messages.both(key), this.bold);
			return row;
		}

		private void line(@Nullable String key, @Nullable String value) {
			Row row = (key != null) ? label(key) : this.sheet.createRow(this.next++);
			this.text.write(row, 1, value);
		}

		private CellStyle wrappedStyle() {
			CellStyle style = this.workbook.createCellStyle();
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}

	}

	/** The folder a corrected file goes into, as the federation's clerks see it. */
	private Folder dropFolder(FeedbackRequest request) {
		String code = request.dropFolderCode();
		if (code == null) {
			return new Folder(this.messages.zh("folder.unknown"), this.messages.en("folder.unknown"));
		}
		String inbox = this.share.inbox(code);
		return new Folder(inbox, inbox);
	}

	private record Folder(String zh, String en) {

	}

}

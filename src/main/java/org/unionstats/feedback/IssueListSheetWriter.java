package org.unionstats.feedback;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * Writes the {@code 校验结果} sheet: the verdict on top, then one row per issue, worst first,
 * as many as the sheet can hold.
 */
final class IssueListSheetWriter {

	static final String SHEET_NAME = "校验结果";

	private static final int[] COLUMN_WIDTHS = { 16, 24, 16, 12, 28, 60, 70 };

	private static final String[] HEADERS = { "header.severity", "header.code", "header.sheet", "header.cell",
			"header.value", "header.messageZh", "header.messageEn" };

	/** Rows the summary block may take above the issue table, with room to spare. */
	private static final int SUMMARY_ROWS = 16;

	private final FeedbackMessages messages;

	IssueListSheetWriter(FeedbackMessages messages) {
		this.messages = messages;
	}

	/**
	 * Adds the sheet as the first, active and only selected sheet, replacing one of the
	 * same name (a federation may drop an earlier feedback copy again). Rows are written
	 * in order only, so this works on a streaming workbook too.
	 */
	void write(Workbook workbook, FeedbackRequest request, @Nullable FeedbackNote note) {
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
		for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
			sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
		}
		new Rows(workbook, sheet).write(request, note);
	}

	/** The writing of one sheet, holding its cursor and its few styles. */
	private final class Rows {

		private final Sheet sheet;

		private final TextCells text;

		private final CellStyle bold;

		private final CellStyle error;

		private final CellStyle warning;

		private final Map<Severity, String> severityLabels = new EnumMap<>(Severity.class);

		private int next;

		Rows(Workbook workbook, Sheet sheet) {
			this.sheet = sheet;
			this.text = new TextCells(workbook);
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.error = filled(workbook, Severity.ERROR);
			this.warning = filled(workbook, Severity.WARNING);
			for (Severity severity : Severity.values()) {
				this.severityLabels.put(severity,
						IssueListSheetWriter.this.messages.both("severity." + severity.name()));
			}
		}

		void write(FeedbackRequest request, @Nullable FeedbackNote note) {
			// A sheet has a row limit (65,536 in .xls); the JSON always has every issue
			int capacity = this.sheet.getWorkbook().getSpreadsheetVersion().getLastRowIndex() - SUMMARY_ROWS;
			int listed = Math.min(request.issueCount(), capacity);
			writeSummary(request, note, listed);
			this.next++;
			int headerRow = this.next;
			Row header = this.sheet.createRow(this.next++);
			for (int column = 0; column < HEADERS.length; column++) {
				this.text.write(header, column, IssueListSheetWriter.this.messages.both(HEADERS[column]))
					.setCellStyle(this.bold);
			}
			try (Stream<Issue> issues = request.issues().worstFirst()) {
				issues.limit(listed).forEachOrdered(this::writeIssue);
			}
			this.sheet.createFreezePane(0, headerRow + 1);
			this.sheet.setAutoFilter(
					new CellRangeAddress(headerRow, Math.max(headerRow, this.next - 1), 0, HEADERS.length - 1));
		}

		private void writeSummary(FeedbackRequest request, @Nullable FeedbackNote note, int listed) {
			FeedbackMessages messages = IssueListSheetWriter.this.messages;
			Row verdict = label("summary.verdict");
			this.text.write(verdict, 1, messages.both("verdict." + request.verdict().name())).setCellStyle(this.bold);
			if (note != null) {
				line("summary.note", note.zh());
				line(null, note.en());
			}
			label("summary.errors").createCell(1).setCellValue(request.errors());
			label("summary.warnings").createCell(1).setCellValue(request.warnings());
			line("summary.file", request.originalName());
			line("summary.federation", request.federationCode());
			line("summary.period", request.period());
			line("summary.sha256", request.sha256());
			String nextStep = nextStepKey(request);
			line("summary.next", messages.zh(nextStep));
			line(null, messages.en(nextStep));
			if (listed < request.issueCount()) {
				line("summary.note", messages.zh("note.truncated", listed, request.issueCount()));
				line(null, messages.en("note.truncated", listed, request.issueCount()));
			}
		}

		private void writeIssue(Issue issue) {
			Row row = this.sheet.createRow(this.next++);
			this.text.write(row, 0, this.severityLabels.get(issue.severity()))
				.setCellStyle(severityStyle(issue.severity()));
			this.text.write(row, 1, issue.code().name());
			this.text.write(row, 2, issue.sheet());
			this.text.write(row, 3, cell(issue));
			this.text.write(row, 4, issue.value());
			this.text.write(row, 5, issue.messageZh());
			this.text.write(row, 6, issue.messageEn());
		}

		private @Nullable String cell(Issue issue) {
			if (issue.cellRef() != null) {
				return issue.cellRef();
			}
			return (issue.row() != null) ? IssueListSheetWriter.this.messages.both("cell.row", issue.row().toString())
					: null;
		}

		private Row label(String key) {
			Row row = this.sheet.createRow(this.next++);
			this.text.write(row, 0, IssueListSheetWriter.this.messages.both(key)).setCellStyle(this.bold);
			return row;
		}

		private void line(@Nullable String key, @Nullable String value) {
			Row row = (key != null) ? label(key) : this.sheet.createRow(this.next++);
			this.text.write(row, 1, value);
		}

		private CellStyle severityStyle(Severity severity) {
			return switch (severity) {
				case ERROR -> this.error;
				case WARNING -> this.warning;
				case INFO -> this.bold;
			};
		}

	}

	private static String nextStepKey(FeedbackRequest request) {
		if (request.verdict() == Verdict.ACCEPTED && request.warnings() > 0) {
			return "next.ACCEPTED.warnings";
		}
		return "next." + request.verdict().name();
	}

	private static CellStyle filled(Workbook workbook, Severity severity) {
		CellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(SeverityStyles.fill(severity).getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

}

package org.unionstats.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
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
	 * Adds the sheet to an annotated copy as its first, active and only selected sheet,
	 * replacing one of the same name. Rows are written in order only, so this works on a
	 * streaming workbook too.
	 * @param links where each issue's cell is in this workbook (a reference such as
	 * {@code '工会服务站'!D7}), or {@code null} for an issue shown as text only
	 */
	void inCopy(Workbook workbook, FeedbackRequest request, Function<Issue, @Nullable String> links) {
		new Rows(PoiIssueListSheet.addTo(workbook), IssueListColumns.fit(this.messages, request), links, true)
			.write(request, null);
	}

	/**
	 * Adds the sheet to a POI workbook that holds the list alone (an {@code .xls}): no
	 * cell is marked, references are shown as text.
	 * @param note why the list stands alone, if there is more to say than its issues
	 */
	void alone(Workbook workbook, FeedbackRequest request, @Nullable FeedbackNote note) {
		alone(PoiIssueListSheet.addTo(workbook), request, note);
	}

	/** Writes the list alone into a sheet, row after row. */
	void alone(IssueListSheet sheet, FeedbackRequest request, @Nullable FeedbackNote note) {
		new Rows(sheet, IssueListColumns.fit(this.messages, request), (issue) -> null, false).write(request, note);
	}

	/** The writing of one sheet, holding its cursor. */
	private final class Rows {

		private final IssueListSheet sheet;

		private final IssueListColumns columns;

		private final Function<Issue, @Nullable String> links;

		private final Map<Severity, String> severityLabels = new EnumMap<>(Severity.class);

		/** Whether the workbook's flagged cells are marked (an annotated copy). */
		private final boolean cellsMarked;

		private int next;

		Rows(IssueListSheet sheet, IssueListColumns columns, Function<Issue, @Nullable String> links,
				boolean cellsMarked) {
			this.sheet = sheet;
			this.columns = columns;
			this.links = links;
			this.cellsMarked = cellsMarked;
			for (Severity severity : Severity.values()) {
				this.severityLabels.put(severity,
						IssueListSheetWriter.this.messages.both("severity." + severity.name()));
			}
		}

		void write(FeedbackRequest request, @Nullable FeedbackNote note) {
			// A sheet has a row limit (65,536 in .xls); the JSON always has every issue
			int capacity = this.sheet.lastRowIndex() - SUMMARY_ROWS;
			int listed = Math.min(request.issueCount(), capacity);
			List<SummaryLine> summary = summary(request, note, listed);
			// The banner, the summary and a blank row above the header
			int headerRow = 1 + summary.size() + 1;
			this.sheet.start(this.columns.widths(), headerRow + 1);
			writeBanner(request);
			summary.forEach(this::writeSummaryLine);
			this.next = headerRow;
			String[] headers = this.columns.headers();
			for (int column = 0; column < headers.length; column++) {
				this.sheet.text(headerRow, column, headers[column], ListStyle.HEADER);
			}
			fitHeight(headerRow, headers);
			this.next++;
			try (Stream<Issue> issues = request.issues().worstFirst()) {
				issues.limit(listed).forEachOrdered(this::writeIssue);
			}
			this.sheet.filter(headerRow, Math.max(headerRow, this.next - 1), IssueListColumns.COUNT - 1);
		}

		private void writeBanner(FeedbackRequest request) {
			VerdictBanner banner = VerdictBanner.of(request, this.cellsMarked);
			Folder folder = dropFolder(request);
			FeedbackMessages messages = IssueListSheetWriter.this.messages;
			String text = messages.zh(banner.messageKey(), folder.zh()) + "\n"
					+ messages.en(banner.messageKey(), folder.en());
			int row = this.next++;
			this.sheet.text(row, 0, text, banner.style());
			for (int column = 1; column < BANNER_COLUMNS; column++) {
				this.sheet.text(row, column, null, banner.style());
			}
			this.sheet.mergeAcross(row, BANNER_COLUMNS - 1);
			// No spreadsheet program fits a merged row to its text: it is sized here, a
			// little larger than needed
			int lines = TextWidth.lines(text, this.columns.width(0, BANNER_COLUMNS)) + 1;
			this.sheet.height(row, lines * LINE_POINTS * 1.1f);
		}

		private List<SummaryLine> summary(FeedbackRequest request, @Nullable FeedbackNote note, int listed) {
			FeedbackMessages messages = IssueListSheetWriter.this.messages;
			List<SummaryLine> lines = new ArrayList<>();
			lines.add(new SummaryLine("summary.verdict", messages.both("verdict." + request.verdict().name()),
					ListStyle.BOLD));
			if (note != null) {
				lines.add(new SummaryLine("summary.note", note.zh()));
				lines.add(new SummaryLine(null, note.en()));
			}
			lines.add(new SummaryLine("summary.errors", request.errors(), ListStyle.PLAIN));
			lines.add(new SummaryLine("summary.warnings", request.warnings(), ListStyle.PLAIN));
			lines.add(new SummaryLine("summary.file", request.originalName()));
			lines.add(new SummaryLine("summary.federation", request.federationCode()));
			lines.add(new SummaryLine("summary.period", request.period()));
			if (request.modified() != null) {
				lines.add(
						new SummaryLine("summary.modified", IssueListSheetWriter.this.times.shown(request.modified())));
			}
			lines.add(new SummaryLine("summary.checked",
					IssueListSheetWriter.this.times.shown(IssueListSheetWriter.this.clock.instant())));
			lines.add(new SummaryLine("summary.sha256", request.sha256()));
			if (listed < request.issueCount()) {
				lines.add(new SummaryLine("summary.note", messages.zh("note.truncated", listed, request.issueCount())));
				lines.add(new SummaryLine(null, messages.en("note.truncated", listed, request.issueCount())));
			}
			return lines;
		}

		private void writeSummaryLine(SummaryLine line) {
			int row = this.next++;
			if (line.labelKey() != null) {
				this.sheet.text(row, 0, IssueListSheetWriter.this.messages.both(line.labelKey()), ListStyle.BOLD);
			}
			if (line.value() instanceof Number number) {
				this.sheet.number(row, 1, number.longValue());
			}
			else {
				this.sheet.text(row, 1, (String) line.value(), line.style());
			}
		}

		private void writeIssue(Issue issue) {
			int row = this.next++;
			String[] values = { this.severityLabels.get(issue.severity()), issue.code().name(), issue.sheet(),
					cell(issue), issue.value(), issue.messageZh(), issue.messageEn() };
			String target = (values[IssueListColumns.CELL] != null) ? this.links.apply(issue) : null;
			for (int column = 0; column < values.length; column++) {
				ListStyle style = switch (column) {
					case IssueListColumns.SEVERITY -> ListStyle.of(issue.severity());
					case IssueListColumns.CELL -> (target != null) ? ListStyle.LINK : ListStyle.WRAPPED;
					default -> ListStyle.WRAPPED;
				};
				this.sheet.text(row, column, values[column], style);
			}
			if (target != null) {
				this.sheet.link(row, IssueListColumns.CELL, target);
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
		private void fitHeight(int row, @Nullable String[] values) {
			int lines = 1;
			for (int column = 0; column < values.length; column++) {
				if (values[column] != null) {
					lines = Math.max(lines, TextWidth.lines(values[column], this.columns.width(column)));
				}
			}
			if (lines > 1) {
				this.sheet.height(row, lines * LINE_POINTS);
			}
		}

	}

	/**
	 * A line of the summary: a label (its key in the bundles, or none under a label's
	 * first line) and a text or a number.
	 */
	private record SummaryLine(@Nullable String labelKey, @Nullable Object value, ListStyle style) {

		SummaryLine(@Nullable String labelKey, @Nullable String text) {
			this(labelKey, text, ListStyle.PLAIN);
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

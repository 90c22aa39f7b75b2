package org.unionstats.feedback;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.unionstats.people.TextWidth;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.Severity;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;

/**
 * The columns of the issue list and their widths, in characters, fitted to what they will
 * hold before the first row is written (a streaming sheet cannot go back): the labels,
 * severities and codes are known, and the free texts wrap in columns of a width that
 * reads well.
 */
final class IssueListColumns {

	static final int SEVERITY = 0;

	static final int CODE = 1;

	static final int SHEET = 2;

	static final int CELL = 3;

	static final int VALUE = 4;

	static final int MESSAGE_ZH = 5;

	static final int MESSAGE_EN = 6;

	static final int COUNT = 7;

	private static final List<String> HEADER_KEYS = List.of("header.severity", "header.code", "header.sheet",
			"header.cell", "header.value", "header.messageZh", "header.messageEn");

	private static final List<String> SUMMARY_KEYS = List.of("summary.verdict", "summary.errors", "summary.warnings",
			"summary.file", "summary.federation", "summary.period", "summary.modified", "summary.checked",
			"summary.sha256", "summary.note");

	/** Widths of the wrapping columns: a message of two short sentences in two lines. */
	private static final int VALUE_WIDTH = 20;

	private static final int MESSAGE_ZH_WIDTH = 50;

	private static final int MESSAGE_EN_WIDTH = 44;

	/** A cell reference, or a row such as {@code 第123行 / row 123}. */
	private static final int CELL_WIDTH = 14;

	private static final int PADDING = 2;

	private static final int MAX_WIDTH = 60;

	private final int[] widths;

	private final String[] headers;

	private IssueListColumns(int[] widths, String[] headers) {
		this.widths = widths;
		this.headers = headers;
	}

	static IssueListColumns fit(FeedbackMessages messages, FeedbackRequest request) {
		String[] headers = HEADER_KEYS.stream()
			.map((key) -> messages.zh(key) + "\n" + messages.en(key))
			.toArray(String[]::new);
		int[] widths = new int[COUNT];
		widths[SEVERITY] = widest(
				Stream.concat(Stream.of(Severity.values()).map((s) -> "severity." + s.name()), SUMMARY_KEYS.stream())
					.map(messages::both));
		widths[CODE] = widest(request.counts().byCode().keySet().stream().map(IssueCode::name));
		widths[SHEET] = widest(Stream.concat(Stream.of(TemplateV1.PROFILE_SHEET),
				Stream.of(FacilityType.values()).map(FacilityType::sheetName)));
		widths[CELL] = CELL_WIDTH;
		widths[VALUE] = VALUE_WIDTH;
		widths[MESSAGE_ZH] = MESSAGE_ZH_WIDTH;
		widths[MESSAGE_EN] = MESSAGE_EN_WIDTH;
		for (int column = 0; column < COUNT; column++) {
			widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column], TextWidth.of(headers[column]) + PADDING));
		}
		return new IssueListColumns(widths, headers);
	}

	private static int widest(Stream<String> texts) {
		return texts.mapToInt(TextWidth::of).max().orElse(0) + PADDING;
	}

	/** The width of each column, in characters. */
	int[] widths() {
		return this.widths.clone();
	}

	/** The header of each column, Chinese above English. */
	String[] headers() {
		return this.headers.clone();
	}

	int width(int column) {
		return this.widths[column];
	}

	/** The width of the columns from {@code first} up to {@code end} (excluded). */
	int width(int first, int end) {
		return IntStream.range(first, end).map((column) -> this.widths[column]).sum();
	}

}

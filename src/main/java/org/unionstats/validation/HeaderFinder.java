package org.unionstats.validation;

import java.util.List;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.HeaderLayout;
import org.unionstats.workbook.HeaderMatcher;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.SheetRow;

/**
 * Looks for a sheet's header row within its first rows and, when there is none, reports
 * each missing required column with the closest header present.
 */
final class HeaderFinder {

	private final IssueMessages messages;

	HeaderFinder(IssueMessages messages) {
		this.messages = messages;
	}

	/**
	 * Advances the cursor to just below the header row.
	 * @return the layout, or {@code null} after adding COLUMN_MISSING issues
	 */
	HeaderLayout find(String sheet, SheetCursor cursor, List<ColumnSpec> columns, List<Issue> issues) {
		SheetRow best = null;
		int bestScore = -1;
		for (SheetRow row = cursor.next(); row != null
				&& row.number() <= HeaderMatcher.HEADER_SEARCH_ROWS; row = cursor.next()) {
			HeaderLayout layout = HeaderMatcher.match(row, columns);
			if (layout != null) {
				return layout;
			}
			int score = HeaderMatcher.score(row, columns);
			if (score > bestScore) {
				best = row;
				bestScore = score;
			}
		}
		reportMissing(sheet, best, columns, issues);
		return null;
	}

	private void reportMissing(String sheet, SheetRow best, List<ColumnSpec> columns, List<Issue> issues) {
		// Headers that already name a template column are no suggestion for another one.
		List<String> present = ((best != null) ? HeaderMatcher.texts(best) : List.<String>of()).stream()
			.filter((text) -> columns.stream()
				.noneMatch((c) -> HeaderMatcher.normalize(c.header()).equals(HeaderMatcher.normalize(text))))
			.toList();
		int[] positions = (best != null) ? positions(best, columns) : null;
		for (int i = 0; i < columns.size(); i++) {
			ColumnSpec column = columns.get(i);
			if (!column.required() || (positions != null && positions[i] >= 0)) {
				continue;
			}
			String closest = HeaderMatcher.closest(column.header(), present);
			issues.add((closest != null)
					? this.messages.issueVariant(IssueCode.COLUMN_MISSING, "suggest", sheet, null, null,
							column.header(), null, closest)
					: this.messages.issue(IssueCode.COLUMN_MISSING, sheet, null, null, column.header(), null));
		}
	}

	private static int[] positions(SheetRow row, List<ColumnSpec> columns) {
		// Matching with every column optional gives the positions of those present.
		List<ColumnSpec> optional = columns.stream()
			.map((c) -> new ColumnSpec(c.key(), c.header(), c.type(), false, c.min(), c.minExclusive(), c.max(),
					c.maxLength(), c.allowedValues()))
			.toList();
		return HeaderMatcher.match(row, optional).positions();
	}

}

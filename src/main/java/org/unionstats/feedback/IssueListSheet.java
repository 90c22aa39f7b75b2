package org.unionstats.feedback;

import org.jspecify.annotations.Nullable;

/**
 * Where {@link IssueListSheetWriter} puts the issue list: a sheet written row by row, in
 * order, cells of a row from left to right. Rows and columns count from 0.
 */
interface IssueListSheet {

	/** The last row a sheet of this format can hold. */
	int lastRowIndex();

	/**
	 * Sets the columns' widths, in characters, and the rows that stay in view when the
	 * rest scrolls; before any row is written.
	 */
	void start(int[] columnWidths, int frozenRows);

	/**
	 * A text cell (a shared string, quote-prefixed if it looks like a formula), or an
	 * empty cell in the style when the text is {@code null}.
	 */
	void text(int row, int column, @Nullable String value, ListStyle style);

	/** A number cell in the default style. */
	void number(int row, int column, long value);

	/** Makes a cell of the current row jump to a place in the workbook. */
	void link(int row, int column, String target);

	/** The current row's height, for text the program would not fit on its own. */
	void height(int row, float points);

	/** Merges the current row's cells from the first to {@code lastColumn}. */
	void mergeAcross(int row, int lastColumn);

	/** Puts a filter on the table from its header row down; the last call. */
	void filter(int headerRow, int lastRow, int lastColumn);

}

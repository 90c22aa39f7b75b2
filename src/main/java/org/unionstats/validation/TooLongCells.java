package org.unionstats.validation;

import java.util.List;

import org.unionstats.workbook.CellValue;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.SheetRow;

/**
 * Reports each cell whose text was cut at Excel's limit while reading, in any column of
 * any row read: a cell the template does not use is no less an attack on the reader.
 */
final class TooLongCells {

	private final IssueMessages messages;

	TooLongCells(IssueMessages messages) {
		this.messages = messages;
	}

	/** Adds a VALUE_TOO_LONG issue for each cut cell of the row. */
	void report(String sheet, SheetRow row, List<Issue> issues) {
		for (CellValue cell : row.cells()) {
			if (cell.truncated()) {
				issues.add(this.messages.issue(IssueCode.VALUE_TOO_LONG, sheet, cell.reference(row.number()),
						row.number(), null, CellChecker.abbreviate(cell.text()), CellValue.MAX_TEXT_LENGTH));
			}
		}
	}

	/** The cursor, reporting the cut cells of every row it hands out. */
	SheetCursor reporting(String sheet, SheetCursor cursor, List<Issue> issues) {
		return new SheetCursor() {

			@Override
			public SheetRow next() {
				SheetRow row = cursor.next();
				if (row != null) {
					report(sheet, row, issues);
				}
				return row;
			}

			@Override
			public void close() {
				cursor.close();
			}

		};
	}

}

package org.unionstats.workbook;

import java.util.BitSet;
import java.util.List;

/**
 * An .xlsx shared-strings table as read: each entry cut at Excel's limit, and which
 * entries were cut.
 *
 * @param texts the entries, in index order
 * @param truncated the indexes of the entries that were cut
 */
record SharedStrings(List<String> texts, BitSet truncated) {

	static final SharedStrings NONE = new SharedStrings(List.of(), new BitSet());

	int size() {
		return this.texts.size();
	}

	/** The entry as a cell of the given column, marked when it was cut. */
	CellValue cell(int column, int index) {
		String text = this.texts.get(index);
		return this.truncated.get(index) ? CellValue.truncatedText(column, text) : CellValue.text(column, text);
	}

}

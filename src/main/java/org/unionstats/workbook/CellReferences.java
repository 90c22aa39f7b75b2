package org.unionstats.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * Converts between Excel column letters and 0-based column indexes: letters by POI's
 * {@link CellReference}; the index of a cell's reference here, as it is read for every
 * cell and must refuse what POI would not (no allocation, at most three letters).
 */
public final class CellReferences {

	/** Excel's last column is XFD, index 16383. */
	static final int MAX_COLUMNS = 16384;

	/** Excel's last row is 1048576. */
	static final int MAX_ROWS = 1_048_576;

	private CellReferences() {
	}

	public static String columnLetters(int column) {
		return CellReference.convertNumToColString(column);
	}

	public static String reference(int column, int rowNumber) {
		return columnLetters(column) + rowNumber;
	}

	/**
	 * The 0-based column of an A1 reference such as {@code D7}, or -1 when it has no
	 * valid column letters.
	 */
	static int columnOf(String reference) {
		int column = 0;
		int letters = 0;
		for (int i = 0; i < reference.length(); i++) {
			char ch = reference.charAt(i);
			if (ch >= 'A' && ch <= 'Z') {
				column = column * 26 + (ch - 'A' + 1);
			}
			else if (ch >= 'a' && ch <= 'z') {
				column = column * 26 + (ch - 'a' + 1);
			}
			else {
				break;
			}
			if (++letters > 3) {
				return -1;
			}
		}
		return (letters == 0 || column > MAX_COLUMNS) ? -1 : column - 1;
	}

}

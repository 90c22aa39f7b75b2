package org.unionstats.template;

import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.unionstats.people.TextWidth;

/**
 * Column widths that fit Chinese text, which takes about twice the width of Latin text.
 */
final class ColumnWidths {

	private static final int MAX_CHARACTERS = 60;

	private ColumnWidths() {
	}

	/** Sets the column wide enough for the widest of the texts, within bounds. */
	static void fit(XSSFSheet sheet, int column, int minimum, Iterable<String> texts) {
		int widest = minimum;
		for (String text : texts) {
			widest = Math.max(widest, displayWidth(text));
		}
		set(sheet, column, Math.min(widest + 2, MAX_CHARACTERS));
	}

	static void set(XSSFSheet sheet, int column, int characters) {
		sheet.setColumnWidth(column, characters * 256);
	}

	/**
	 * The width of a text in Latin characters: CJK and full-width characters count two.
	 */
	static int displayWidth(String text) {
		return TextWidth.of(text);
	}

}

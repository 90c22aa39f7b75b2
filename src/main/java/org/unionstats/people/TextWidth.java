package org.unionstats.people;

/**
 * How wide a text shows in a spreadsheet, in Latin characters: CJK and full-width
 * characters take about twice the width of Latin ones.
 */
public final class TextWidth {

	private TextWidth() {
	}

	/** The width of the text's widest line. */
	public static int of(String text) {
		int widest = 0;
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				widest = Math.max(widest, width);
				width = 0;
			}
			else {
				width += (c > 0x2E7F) ? 2 : 1;
			}
		}
		return Math.max(widest, width);
	}

	/**
	 * How many lines the text takes once wrapped in a column {@code columnWidth}
	 * characters wide (each of its own lines at least one).
	 */
	public static int lines(String text, int columnWidth) {
		int room = Math.max(1, columnWidth - 1);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (of(line) + room - 1) / room);
		}
		return lines;
	}

}

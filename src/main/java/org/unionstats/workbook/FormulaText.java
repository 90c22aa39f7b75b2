package org.unionstats.workbook;

/**
 * Tells text a spreadsheet could run as a formula, the one test every writer of cells or
 * CSV applies before writing a text that came from a user or the warehouse.
 * <p>
 * Spreadsheets skip leading blanks and control characters before looking for a formula
 * (so does our reader, which stores {@code "\t=1+1"} as {@code =1+1}): the first other
 * character decides.
 */
public final class FormulaText {

	private static final String FORMULA_STARTS = "=+-@";

	private FormulaText() {
	}

	/**
	 * Whether the first character that is neither whitespace nor a control character is
	 * one of {@code = + - @}.
	 */
	public static boolean looksLikeFormula(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
				return FORMULA_STARTS.indexOf(c) >= 0;
			}
		}
		return false;
	}

}

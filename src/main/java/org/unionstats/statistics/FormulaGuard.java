package org.unionstats.statistics;

import org.unionstats.workbook.FormulaText;

/**
 * Keeps text that a spreadsheet would run as a formula from being run when a CSV file is
 * opened, by prefixing it with an apostrophe.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static String neutralize(String text) {
		if (text.isEmpty()) {
			return text;
		}
		// A leading tab or carriage return is prefixed even before plain text, as OWASP
		// advises: some spreadsheets treat it as the start of a cell.
		boolean risky = text.charAt(0) == '\t' || text.charAt(0) == '\r' || FormulaText.looksLikeFormula(text);
		return risky ? "'" + text : text;
	}

}

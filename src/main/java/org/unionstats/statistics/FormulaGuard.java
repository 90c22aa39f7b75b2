package org.unionstats.statistics;

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
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}

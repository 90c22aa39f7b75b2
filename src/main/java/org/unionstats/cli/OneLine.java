package org.unionstats.cli;

/**
 * Makes a text from outside (a file name) safe to print on one line of a command's
 * output: a newline or other control character in it would otherwise split the line, and
 * scripts reading the output one line per file would misread it.
 */
final class OneLine {

	private OneLine() {
	}

	/**
	 * The text with each control character written as an escape: {@code \n},
	 * {@code \u0007}.
	 */
	static String escape(Object text) {
		String value = String.valueOf(text);
		StringBuilder escaped = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
			}
			if (escaped != null) {
				escaped.append((replacement != null) ? replacement : String.valueOf(c));
			}
		}
		return (escaped != null) ? escaped.toString() : value;
	}

	private static String replacement(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') ? String.format("\\u%04x", (int) c)
					: null;
		};
	}

}

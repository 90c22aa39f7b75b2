package org.unionstats.workbook;

/**
 * Finds and replaces the characters a text column of PostgreSQL cannot hold: NUL (which
 * COPY refuses), the other control characters but tab and line breaks, and halves of
 * surrogate pairs (which are no character at all).
 */
public final class TextCharacters {

	/** What an unstorable character is shown as: the Unicode replacement character. */
	public static final char REPLACEMENT = '\uFFFD';

	private TextCharacters() {
	}

	/** The index of the first character that cannot be stored, or {@code -1}. */
	public static int firstUnstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isUnstorable(text, i, c)) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				// The pair is whole (else it would be unstorable): skip its low half.
				i++;
			}
		}
		return -1;
	}

	/**
	 * The 1-based position of the character at an index as a person counts characters (a
	 * surrogate pair is one).
	 */
	public static int position(String text, int index) {
		return text.codePointCount(0, index) + 1;
	}

	/** The text with every unstorable character replaced by {@link #REPLACEMENT}. */
	public static String sanitize(String text) {
		if (text == null || firstUnstorable(text) < 0) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isUnstorable(text, i, c)) {
				clean.append(REPLACEMENT);
			}
			else if (Character.isHighSurrogate(c)) {
				clean.append(c).append(text.charAt(++i));
			}
			else {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	private static boolean isUnstorable(String text, int i, char c) {
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			// A low half not consumed with its high half stands alone.
			return true;
		}
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.io.Writer;

/**
 * Text made fit for XML 1.0, which cannot carry most control characters: they become
 * {@code ?}, as POI's shared-strings table makes them.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				i++;
			}
			else if (!allowed(c)) {
				clean = (clean != null) ? clean : new StringBuilder(text);
				clean.setCharAt(i, '?');
			}
		}
		return (clean != null) ? clean.toString() : text;
	}

	/**
	 * Writes the text escaped for XML text or an attribute value, what XML 1.0 cannot
	 * carry becoming {@code ?}.
	 */
	static void writeEscaped(String text, Writer out) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.write("&amp;");
				case '<' -> out.write("&lt;");
				case '>' -> out.write("&gt;");
				case '"' -> out.write("&quot;");
				case '\r' -> out.write("&#13;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.write(c);
						out.write(text.charAt(++i));
					}
					else {
						out.write(allowed(c) ? c : '?');
					}
				}
			}
		}
	}

	static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

}

package org.unionstats.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.unionstats.UserFacingException;

/**
 * Refuses to start a command that reads or writes files when the JVM cannot name files in
 * UTF-8: under {@code LANG=C} Java 17 turns every Chinese file name into an
 * InvalidPathException, and the federations' workbooks would stay in the inbox for ever,
 * each pass failing them again.
 */
final class FileNameEncoding {

	static final String PROPERTY = "sun.jnu.encoding";

	private FileNameEncoding() {
	}

	/** Throws a one-line user error unless file names are UTF-8. */
	static void requireUtf8() {
		String encoding = System.getProperty(PROPERTY);
		if (encoding != null && !isUtf8(encoding)) {
			throw new UserFacingException("the JVM's file name encoding is " + encoding
					+ "; Chinese file names cannot be read. Start with a UTF-8 locale: export LANG=C.UTF-8");
		}
	}

	private static boolean isUtf8(String encoding) {
		try {
			return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

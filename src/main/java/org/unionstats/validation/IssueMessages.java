package org.unionstats.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.unionstats.workbook.TextCharacters;

/**
 * Builds {@link Issue}s with their Chinese and English messages from the
 * {@code messages/issues} bundles.
 * <p>
 * A message pattern receives, in this order: {@code {0}} the location prefix
 * ({@code 工会服务站!D7：}, or nothing for a file-level issue), {@code {1}} the column or
 * label, {@code {2}} the value found, then {@code {3}}, {@code {4}} ... the extra
 * arguments of the call. The extra arguments of the warehouse codes are:
 * <ul>
 * <li>{@code COUNT_SWING}: facility type in Chinese, previous count, new count, previous
 * period</li>
 * <li>{@code FACILITY_RENAMED}: code, old name, new name</li>
 * <li>{@code FACILITY_CLAIMED_ELSEWHERE}: facility name, the other federation (code and
 * name as one text)</li>
 * <li>{@code DUPLICATE_FILE}: earlier file name, date it was processed</li>
 * </ul>
 * Arguments are turned into text as they are (no digit grouping); {@code null} becomes
 * empty.
 */
public final class IssueMessages {

	public static final String BASE_NAME = "messages/issues";

	private static final ResourceBundle.Control UTF8 = new Utf8Control();

	private final ResourceBundle chinese;

	private final ResourceBundle english;

	public IssueMessages() {
		this(BASE_NAME);
	}

	public IssueMessages(String baseName) {
		this.chinese = ResourceBundle.getBundle(baseName, Locale.ROOT, IssueMessages.class.getClassLoader(), UTF8);
		this.english = ResourceBundle.getBundle(baseName, Locale.ENGLISH, IssueMessages.class.getClassLoader(), UTF8);
	}

	/**
	 * An issue of the given code, its message from the key named after the code.
	 * @param code the issue code (gives the severity)
	 * @param sheet the sheet, or {@code null} for a file-level issue
	 * @param cellRef the A1 reference, or {@code null}
	 * @param row the 1-based row, or {@code null}
	 * @param column the column header or profile label, or {@code null}
	 * @param value the value found (mask phone numbers with {@link #maskPhone}), or
	 * {@code null}
	 * @param args the code's extra message arguments, see the class description
	 */
	public Issue issue(IssueCode code, String sheet, String cellRef, Integer row, String column, String value,
			Object... args) {
		return issueVariant(code, null, sheet, cellRef, row, column, value, args);
	}

	/**
	 * Like {@link #issue}, with the message of the key {@code CODE.variant} (falling back
	 * to {@code CODE}).
	 */
	public Issue issueVariant(IssueCode code, String variant, String sheet, String cellRef, Integer row, String column,
			String value, Object... args) {
		String key = (variant != null) ? code.name() + "." + variant : code.name();
		// Issues are stored with COPY too: nothing taken from the file may carry a NUL.
		String cleanSheet = TextCharacters.sanitize(sheet);
		String cleanColumn = TextCharacters.sanitize(column);
		String cleanValue = TextCharacters.sanitize(value);
		String zh = TextCharacters
			.sanitize(format(this.chinese, key, code, location(sheet, cellRef, "："), column, value, args));
		String en = TextCharacters
			.sanitize(format(this.english, key, code, location(sheet, cellRef, ": "), column, value, args));
		return new Issue(code, code.severity(), cleanSheet, cellRef, row, cleanColumn, cleanValue, zh, en);
	}

	/**
	 * Masks a phone number for messages and logs, keeping the first 3 and last 4
	 * characters: {@code 138****5678}.
	 */
	public static String maskPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String trimmed = phone.strip();
		if (trimmed.length() < 8) {
			return "****";
		}
		return trimmed.substring(0, 3) + "*".repeat(trimmed.length() - 7) + trimmed.substring(trimmed.length() - 4);
	}

	private static String location(String sheet, String cellRef, String separator) {
		if (sheet == null) {
			return "";
		}
		return ((cellRef != null) ? sheet + "!" + cellRef : sheet) + separator;
	}

	private static String format(ResourceBundle bundle, String key, IssueCode code, String location, String column,
			String value, Object[] args) {
		String pattern = pattern(bundle, key, code);
		Object[] arguments = new Object[3 + args.length];
		arguments[0] = location;
		arguments[1] = text(column);
		arguments[2] = text(value);
		for (int i = 0; i < args.length; i++) {
			arguments[3 + i] = text(args[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(arguments);
	}

	private static String pattern(ResourceBundle bundle, String key, IssueCode code) {
		try {
			return bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			return bundle.getString(code.name());
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	/** Reads properties as UTF-8 and never falls back to the JVM's default locale. */
	private static final class Utf8Control extends ResourceBundle.Control {

		@Override
		public List<String> getFormats(String baseName) {
			return ResourceBundle.Control.FORMAT_PROPERTIES;
		}

		@Override
		public Locale getFallbackLocale(String baseName, Locale locale) {
			return null;
		}

		@Override
		public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
				boolean reload) throws IOException {
			String resource = toResourceName(toBundleName(baseName, locale), "properties");
			InputStream in = loader.getResourceAsStream(resource);
			if (in == null) {
				return null;
			}
			try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return new PropertyResourceBundle(reader);
			}
		}

	}

}

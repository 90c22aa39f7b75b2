package org.unionstats.validation;

import java.util.List;

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

	private final MessageBundle bundle;

	public IssueMessages() {
		this(BASE_NAME);
	}

	public IssueMessages(String baseName) {
		this.bundle = MessageBundle.load(baseName);
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
	 * An issue of the whole file (no sheet, no cell), e.g. FILE_FORMAT.
	 * @param args the code's extra message arguments, see the class description
	 */
	public Issue fileIssue(IssueCode code, Object... args) {
		return issue(code, null, null, null, null, null, args);
	}

	/**
	 * An issue about a template sheet as a whole (missing, or found twice), the sheet's
	 * name in the value's place of the message.
	 * @param args the code's extra message arguments, see the class description
	 */
	public Issue templateSheetIssue(IssueCode code, String templateSheet, Object... args) {
		return issue(code, null, null, null, null, templateSheet, args);
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
			.sanitize(format(pattern(this.bundle.chinesePattern(key), this.bundle.chinesePattern(code.name())), key,
					location(sheet, cellRef, "："), column, value, args));
		String en = TextCharacters
			.sanitize(format(pattern(this.bundle.englishPattern(key), this.bundle.englishPattern(code.name())), key,
					location(sheet, cellRef, ": "), column, value, args));
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

	private static String format(String pattern, String key, String location, String column, String value,
			Object[] args) {
		Object[] arguments = new Object[3 + args.length];
		arguments[0] = location;
		arguments[1] = text(column);
		arguments[2] = text(value);
		for (int i = 0; i < args.length; i++) {
			arguments[3 + i] = text(args[i]);
		}
		return MessageBundle.format(pattern, key, arguments);
	}

	/** A variant's own pattern, else its code's. */
	private static String pattern(String variant, String code) {
		return (variant != null) ? variant : code;
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

}

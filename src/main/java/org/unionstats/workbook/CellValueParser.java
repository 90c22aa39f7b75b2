package org.unionstats.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts raw cell values to the template's types, accepting the spellings federations
 * actually use (numbers and dates typed as text, 是/否 ...); {@code null} means "not of
 * this type".
 */
public final class CellValueParser {

	private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,;；]");

	/** Excel's largest date serial, 9999-12-31. */
	private static final double MAX_SERIAL = 2958465;

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private final boolean date1904;

	public CellValueParser(boolean date1904) {
		this.date1904 = date1904;
	}

	/** The cell as text, trimmed; whole numbers without a decimal point. */
	public String text(CellValue cell) {
		return switch (cell.kind()) {
			case STRING, BOOLEAN, ERROR -> cell.text().trim();
			case NUMBER -> formatNumber(cell.number());
			case FORMULA_WITHOUT_RESULT -> "";
		};
	}

	/** The value a person sees, for messages. */
	public String display(CellValue cell) {
		if (cell.kind() == CellValue.Kind.NUMBER && cell.dateFormatted()) {
			LocalDate date = date(cell);
			return (date != null) ? date.toString() : formatNumber(cell.number());
		}
		return text(cell);
	}

	public BigDecimal decimal(CellValue cell) {
		if (cell.kind() == CellValue.Kind.NUMBER) {
			return Double.isFinite(cell.number()) ? BigDecimal.valueOf(cell.number()) : null;
		}
		if (cell.kind() != CellValue.Kind.STRING) {
			return null;
		}
		String text = fold(cell.text()).replace(",", "");
		if (text.isEmpty() || text.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A whole number, or {@code null} when not a number, fractional or out of int range.
	 */
	public Integer integer(CellValue cell) {
		BigDecimal value = decimal(cell);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	public LocalDate date(CellValue cell) {
		if (cell.kind() == CellValue.Kind.NUMBER) {
			return serialDate(cell.number());
		}
		if (cell.kind() != CellValue.Kind.STRING) {
			return null;
		}
		String text = fold(cell.text());
		Matcher matcher = DASHED_DATE.matcher(text);
		if (!matcher.matches()) {
			matcher = CHINESE_DATE.matcher(text);
		}
		if (!matcher.matches()) {
			matcher = COMPACT_DATE.matcher(text);
		}
		if (matcher.matches()) {
			return date(matcher.group(1), matcher.group(2), matcher.group(3));
		}
		// A serial typed or pasted as text.
		BigDecimal serial = decimal(cell);
		return (serial != null && serial.scale() <= 0) ? serialDate(serial.doubleValue()) : null;
	}

	public Boolean bool(CellValue cell) {
		if (cell.kind() == CellValue.Kind.BOOLEAN) {
			return cell.number() != 0;
		}
		if (cell.kind() != CellValue.Kind.STRING) {
			return null;
		}
		return switch (fold(cell.text()).toLowerCase(Locale.ROOT)) {
			case "是", "y", "yes", "√", "✓", "✔", "true" -> Boolean.TRUE;
			case "否", "n", "no", "×", "x", "✗", "✘", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** The items of a list cell, trimmed, empty items left out. */
	public List<String> list(CellValue cell) {
		List<String> items = new ArrayList<>();
		for (String item : LIST_SEPARATORS.split(text(cell))) {
			String trimmed = item.strip();
			if (!trimmed.isEmpty()) {
				items.add(trimmed);
			}
		}
		return items;
	}

	private LocalDate serialDate(double serial) {
		if (serial >= 19000101 && serial <= 29991231 && serial == Math.rint(serial)) {
			// 20170621 typed as a number.
			String digits = Long.toString((long) serial);
			return date(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8));
		}
		if (!(serial >= 1 && serial <= MAX_SERIAL)) {
			return null;
		}
		long day = (long) serial;
		if (this.date1904) {
			return EPOCH_1904.plusDays(day);
		}
		// Excel counts 29 February 1900, which never was (Lotus 1-2-3's bug, kept for
		// compatibility): from serial 61 on, days count from 30 December 1899.
		return (day < 61) ? EPOCH_1900.plusDays(day) : EPOCH_1900.minusDays(1).plusDays(day);
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** Full-width digits and punctuation to half-width, surrounding spaces removed. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	public static String formatNumber(double number) {
		if (number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString((long) number);
		}
		return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

}

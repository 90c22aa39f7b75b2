package org.unionstats.workbook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a facility sheet, or one labelled field of the profile sheet.
 *
 * @param key the warehouse column name
 * @param header the Chinese header (or label) as printed in the template
 * @param type how the cell is read
 * @param required whether a blank cell is an error
 * @param min inclusive lower bound for numbers, or {@code null}
 * @param minExclusive whether {@code min} itself is outside the range
 * @param max inclusive upper bound for numbers, or {@code null}
 * @param maxLength the longest text allowed, or 0 for no limit
 * @param allowedValues the values of an enum or list column
 */
public record ColumnSpec(String key, String header, ValueType type, boolean required, BigDecimal min,
		boolean minExclusive, BigDecimal max, int maxLength, List<String> allowedValues) {

	static ColumnSpec text(String key, String header, boolean required) {
		return new ColumnSpec(key, header, ValueType.TEXT, required, null, false, null, 0, List.of());
	}

	static ColumnSpec text(String key, String header, boolean required, int maxLength) {
		return new ColumnSpec(key, header, ValueType.TEXT, required, null, false, null, maxLength, List.of());
	}

	static ColumnSpec of(String key, String header, ValueType type, boolean required) {
		return new ColumnSpec(key, header, type, required, null, false, null, 0, List.of());
	}

	static ColumnSpec integer(String key, String header, boolean required, long min, Long max) {
		return new ColumnSpec(key, header, ValueType.INTEGER, required, BigDecimal.valueOf(min), false,
				(max != null) ? BigDecimal.valueOf(max) : null, 0, List.of());
	}

	static ColumnSpec positiveDecimal(String key, String header, boolean required, long max) {
		return new ColumnSpec(key, header, ValueType.DECIMAL, required, BigDecimal.ZERO, true, BigDecimal.valueOf(max),
				0, List.of());
	}

	static ColumnSpec choice(String key, String header, ValueType type, boolean required, String... values) {
		return new ColumnSpec(key, header, type, required, null, false, null, 0, List.of(values));
	}

}

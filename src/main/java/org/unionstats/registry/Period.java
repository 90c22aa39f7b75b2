package org.unionstats.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A reporting period in the template's notation ({@code 2017}, {@code 2017-H1},
 * {@code 2017-Q3}, {@code 2017-12}), with its dates and the period before it of the same
 * type.
 *
 * @param text the canonical notation
 * @param type the kind of period
 * @param year the calendar year
 * @param index 1 for a year, 1-2 for halves, 1-4 for quarters, 1-12 for months
 */
public record Period(String text, PeriodType type, int year, int index) implements Comparable<Period> {

	private static final Pattern NOTATION = Pattern.compile("(\\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

	/**
	 * Parses the notation, trimming spaces and accepting lower-case {@code h}/{@code q}.
	 */
	public static Optional<Period> parse(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = NOTATION.matcher(value.trim().toUpperCase());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 1900 || year > 2999) {
			return Optional.empty();
		}
		if (matcher.group(2) != null) {
			return Optional.of(of(PeriodType.HALF, year, Integer.parseInt(matcher.group(2))));
		}
		if (matcher.group(3) != null) {
			return Optional.of(of(PeriodType.QUARTER, year, Integer.parseInt(matcher.group(3))));
		}
		if (matcher.group(4) != null) {
			return Optional.of(of(PeriodType.MONTH, year, Integer.parseInt(matcher.group(4))));
		}
		return Optional.of(of(PeriodType.YEAR, year, 1));
	}

	/**
	 * Parses the notation where a malformed one is a mistake to report.
	 * @throws IllegalArgumentException saying what was given and the forms a period takes
	 */
	public static Period require(@Nullable String value) {
		return parse(value).orElseThrow(() -> new IllegalArgumentException(
				"'" + value + "' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM"));
	}

	public static Period of(PeriodType type, int year, int index) {
		String text = switch (type) {
			case YEAR -> Integer.toString(year);
			case HALF -> year + "-H" + index;
			case QUARTER -> year + "-Q" + index;
			case MONTH -> String.format("%d-%02d", year, index);
		};
		return new Period(text, type, year, index);
	}

	public LocalDate startsOn() {
		return YearMonth.of(this.year, firstMonth()).atDay(1);
	}

	public LocalDate endsOn() {
		return YearMonth.of(this.year, firstMonth() + monthsLong() - 1).atEndOfMonth();
	}

	/** The period just before this one, of the same type. */
	public Period previous() {
		if (this.index > 1) {
			return of(this.type, this.year, this.index - 1);
		}
		return of(this.type, this.year - 1, periodsPerYear());
	}

	@Override
	public int compareTo(Period other) {
		return startsOn().compareTo(other.startsOn());
	}

	@Override
	public String toString() {
		return this.text;
	}

	private int firstMonth() {
		return (this.index - 1) * monthsLong() + 1;
	}

	private int monthsLong() {
		return 12 / periodsPerYear();
	}

	private int periodsPerYear() {
		return switch (this.type) {
			case YEAR -> 1;
			case HALF -> 2;
			case QUARTER -> 4;
			case MONTH -> 12;
		};
	}

}

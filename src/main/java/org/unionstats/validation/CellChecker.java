package org.unionstats.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.unionstats.workbook.CellReferences;
import org.unionstats.workbook.CellValue;
import org.unionstats.workbook.CellValueParser;
import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.HeaderMatcher;
import org.unionstats.workbook.TextCharacters;

/**
 * Reads one cell as its column's type and reports what is wrong with it, returning the
 * typed value or {@code null}.
 */
final class CellChecker {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{9}");

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private final IssueMessages messages;

	private final CellValueParser parser;

	CellChecker(IssueMessages messages, CellValueParser parser) {
		this.messages = messages;
		this.parser = parser;
	}

	CellValueParser parser() {
		return this.parser;
	}

	/**
	 * Checks one cell.
	 * @param at where the cell is
	 * @param spec the column
	 * @param cell the cell, or {@code null} when there is none
	 * @param periodEnd dates after this are in the future, or {@code null} not to check
	 * @param issues where problems go
	 * @return the typed value, or {@code null} when blank or invalid
	 */
	Object check(CellLocation at, ColumnSpec spec, CellValue cell, LocalDate periodEnd, List<Issue> issues) {
		if (cell != null && cell.truncated()) {
			// Reported as VALUE_TOO_LONG with every cut cell of the row, used or not.
			return null;
		}
		if (cell == null || cell.isBlank()) {
			if (spec.required()) {
				issues.add(issue(IssueCode.VALUE_REQUIRED, null, at, spec, null));
			}
			return null;
		}
		if (cell.kind() == CellValue.Kind.ERROR) {
			issues.add(issue(IssueCode.FORMULA_ERROR, null, at, spec, cell.text()));
			return null;
		}
		if (cell.kind() == CellValue.Kind.FORMULA_WITHOUT_RESULT) {
			issues.add(issue(IssueCode.VALUE_TYPE, "formulaWithoutResult", at, spec, null));
			return null;
		}
		if (cell.kind() == CellValue.Kind.STRING && !storable(at, spec, cell.text(), issues)) {
			return null;
		}
		return switch (spec.type()) {
			case TEXT -> checkLength(at, spec, this.parser.text(cell), issues);
			case CODE -> matching(at, spec, cell, CODE, IssueCode.CODE_FORMAT, null, issues);
			case DIVISION_CODE -> matching(at, spec, cell, DIVISION_CODE, IssueCode.VALUE_TYPE, "divisionCode", issues);
			case PHONE -> phone(at, spec, cell, issues);
			case PERIOD -> period(cell);
			case INTEGER -> integer(at, spec, cell, issues);
			case DECIMAL -> decimal(at, spec, cell, issues);
			case DATE -> date(at, spec, cell, periodEnd, issues);
			case BOOLEAN -> bool(at, spec, cell, issues);
			case ENUM -> choice(at, spec, cell, issues);
			case LIST -> list(at, spec, cell, issues);
		};
	}

	/**
	 * Whether the text can be stored; a text PostgreSQL would refuse never becomes a
	 * value.
	 */
	private boolean storable(CellLocation at, ColumnSpec spec, String text, List<Issue> issues) {
		int index = TextCharacters.firstUnstorable(text);
		if (index < 0) {
			return true;
		}
		issues.add(issue(IssueCode.VALUE_CHARACTERS, null, at, spec, abbreviate(text),
				TextCharacters.position(text, index)));
		return false;
	}

	private String checkLength(CellLocation at, ColumnSpec spec, String text, List<Issue> issues) {
		int length = text.codePointCount(0, text.length());
		if (spec.maxLength() > 0 && length > spec.maxLength()) {
			issues.add(issue(IssueCode.VALUE_RANGE, "length", at, spec, abbreviate(text), spec.maxLength(), length));
			return null;
		}
		return text;
	}

	private String matching(CellLocation at, ColumnSpec spec, CellValue cell, Pattern pattern, IssueCode code,
			String variant, List<Issue> issues) {
		String text = this.parser.text(cell);
		if (!pattern.matcher(text).matches()) {
			issues.add(issue(code, variant, at, spec, abbreviate(text)));
			return null;
		}
		return text;
	}

	private String phone(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		String text = this.parser.text(cell).replace(" ", "");
		if (!PHONE.matcher(text).matches()) {
			issues.add(issue(IssueCode.VALUE_TYPE, "phone", at, spec, IssueMessages.maskPhone(text)));
			return null;
		}
		return text;
	}

	private String period(CellValue cell) {
		if (cell.kind() == CellValue.Kind.NUMBER && cell.dateFormatted()) {
			// Excel turns a typed 2017-06 into a date: read it back as the month.
			LocalDate date = this.parser.date(cell);
			if (date != null) {
				return String.format("%d-%02d", date.getYear(), date.getMonthValue());
			}
		}
		return this.parser.text(cell);
	}

	private Integer integer(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		Integer value = this.parser.integer(cell);
		if (value == null) {
			issues.add(issue(IssueCode.VALUE_TYPE, "integer", at, spec, this.parser.display(cell)));
			return null;
		}
		return inRange(at, spec, BigDecimal.valueOf(value), issues) ? value : null;
	}

	private BigDecimal decimal(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		BigDecimal value = this.parser.decimal(cell);
		if (value == null) {
			issues.add(issue(IssueCode.VALUE_TYPE, "number", at, spec, this.parser.display(cell)));
			return null;
		}
		// Two places, as stored; more come from binary floating point or division
		// formulas.
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		return inRange(at, spec, rounded, issues) ? rounded : null;
	}

	private boolean inRange(CellLocation at, ColumnSpec spec, BigDecimal value, List<Issue> issues) {
		BigDecimal min = spec.min();
		BigDecimal max = spec.max();
		boolean low = min != null && (spec.minExclusive() ? value.compareTo(min) <= 0 : value.compareTo(min) < 0);
		boolean high = max != null && value.compareTo(max) > 0;
		if (!low && !high) {
			return true;
		}
		String variant;
		if (max != null) {
			variant = spec.minExclusive() ? "aboveUpTo" : "between";
		}
		else {
			variant = spec.minExclusive() ? "above" : "atLeast";
		}
		String found = value.stripTrailingZeros().toPlainString();
		issues.add(issue(IssueCode.VALUE_RANGE, variant, at, spec, found, plain(min), plain(max)));
		return false;
	}

	private LocalDate date(CellLocation at, ColumnSpec spec, CellValue cell, LocalDate periodEnd, List<Issue> issues) {
		LocalDate date = this.parser.date(cell);
		if (date == null) {
			issues.add(issue(IssueCode.VALUE_TYPE, "date", at, spec, this.parser.display(cell)));
			return null;
		}
		if (periodEnd != null && date.isAfter(periodEnd)) {
			issues.add(issue(IssueCode.DATE_FUTURE, null, at, spec, date.toString(), periodEnd.toString()));
		}
		return date;
	}

	private Boolean bool(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		Boolean value = this.parser.bool(cell);
		if (value == null) {
			issues.add(issue(IssueCode.VALUE_TYPE, "boolean", at, spec, this.parser.display(cell)));
		}
		return value;
	}

	private String choice(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		String text = this.parser.text(cell);
		if (spec.allowedValues().contains(text)) {
			return text;
		}
		String folded = HeaderMatcher.normalize(text);
		for (String allowed : spec.allowedValues()) {
			if (HeaderMatcher.normalize(allowed).equals(folded)) {
				return allowed;
			}
		}
		issues.add(issue(IssueCode.VALUE_ENUM, null, at, spec, abbreviate(text), spec.allowedValues()));
		return null;
	}

	private List<String> list(CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		List<String> items = this.parser.list(cell);
		List<String> unknown = new ArrayList<>();
		for (String item : items) {
			if (!spec.allowedValues().contains(item)) {
				unknown.add(item);
			}
		}
		if (!unknown.isEmpty()) {
			issues.add(issue(IssueCode.LIST_VALUE_UNKNOWN, null, at, spec, abbreviate(this.parser.text(cell)), unknown,
					spec.allowedValues()));
		}
		return items;
	}

	private Issue issue(IssueCode code, String variant, CellLocation at, ColumnSpec spec, String value,
			Object... args) {
		return this.messages.issueVariant(code, variant, at.sheet(), at.reference(), at.row(), spec.header(), value,
				args);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	/** Values echo in messages and the issue table: keep a runaway cell short. */
	static String abbreviate(String text) {
		return (text != null && text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/**
	 * Where a cell is.
	 *
	 * @param sheet the sheet name
	 * @param column the 0-based column
	 * @param row the 1-based row
	 */
	record CellLocation(String sheet, int column, int row) {

		String reference() {
			return CellReferences.reference(this.column, this.row);
		}

	}

}

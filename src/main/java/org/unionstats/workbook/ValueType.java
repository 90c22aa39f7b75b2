package org.unionstats.workbook;

/**
 * How a template cell is read and checked.
 */
public enum ValueType {

	/** Free text, trimmed; {@code maxLength} applies. */
	TEXT,

	/** A facility code: 1 to 32 of letters, digits, '-' and '_'. */
	CODE,

	/** A 9-digit administrative division code. */
	DIVISION_CODE,

	/** A reporting period such as 2017, 2017-H1, 2017-Q3 or 2017-12. */
	PERIOD,

	/** A phone number: 11-digit mobile or landline 0xx-xxxxxxxx; never logged in full. */
	PHONE,

	/** A whole number. */
	INTEGER,

	/** A decimal number with up to two places. */
	DECIMAL,

	/**
	 * A date: Excel serial (1900 or 1904 system) or text 2017-06-21, 2017/6/21,
	 * 2017年6月21日.
	 */
	DATE,

	/** 是/否, Y/N, √/×, true/false. */
	BOOLEAN,

	/** One of {@code allowedValues}. */
	ENUM,

	/**
	 * Items separated by 、 ， , ; ；, each expected in {@code allowedValues} (unknown =
	 * warning).
	 */
	LIST

}

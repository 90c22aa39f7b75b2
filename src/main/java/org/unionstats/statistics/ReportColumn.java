package org.unionstats.statistics;

/**
 * One column of a report table: its Chinese header, how values are written, and its width
 * in characters.
 *
 * @param header the header shown in the workbook and the CSV
 * @param kind how values are formatted
 * @param width the column width in characters
 * @param summed whether the table's 合计 row sums the column (a sum must mean something)
 */
record ReportColumn(String header, ColumnKind kind, int width, boolean summed) {

	static ReportColumn text(String header, int width) {
		return new ReportColumn(header, ColumnKind.TEXT, width, false);
	}

	static ReportColumn count(String header) {
		return new ReportColumn(header, ColumnKind.COUNT, width(header), true);
	}

	/**
	 * A count that a 合计 row leaves blank: one repeated on every row (federations per
	 * facility type) or one whose sum means nothing.
	 */
	static ReportColumn unsummedCount(String header) {
		return new ReportColumn(header, ColumnKind.COUNT, width(header), false);
	}

	static ReportColumn change(String header) {
		return new ReportColumn(header, ColumnKind.CHANGE, width(header), true);
	}

	static ReportColumn rate(String header) {
		return new ReportColumn(header, ColumnKind.RATE, width(header), false);
	}

	/** Amounts such as yuan, with two decimals. */
	static ReportColumn amount(String header) {
		return new ReportColumn(header, ColumnKind.AMOUNT, width(header), false);
	}

	private static int width(String header) {
		return Math.max(10, header.length() * 2 + 2);
	}

}

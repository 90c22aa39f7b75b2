package org.unionstats.statistics;

/**
 * One column of a report table: its Chinese header, how values are written, and its width
 * in characters.
 *
 * @param header the header shown in the workbook and the CSV
 * @param kind how values are formatted
 * @param width the column width in characters
 */
record ReportColumn(String header, ColumnKind kind, int width) {

	static ReportColumn text(String header, int width) {
		return new ReportColumn(header, ColumnKind.TEXT, width);
	}

	static ReportColumn count(String header) {
		return new ReportColumn(header, ColumnKind.COUNT, Math.max(10, header.length() * 2 + 2));
	}

	static ReportColumn change(String header) {
		return new ReportColumn(header, ColumnKind.CHANGE, Math.max(10, header.length() * 2 + 2));
	}

	static ReportColumn rate(String header) {
		return new ReportColumn(header, ColumnKind.RATE, Math.max(10, header.length() * 2 + 2));
	}

}

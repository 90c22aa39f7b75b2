package org.unionstats.statistics;

import java.util.List;

/**
 * A table of the statistics report: where it goes, its columns, and the mart query whose
 * result columns come in the same order.
 *
 * @param title the sheet name (or the section title on a shared sheet)
 * @param fileSuffix what the CSV file's name ends with
 * @param columns the columns, in the query's order
 * @param sql the query, with a {@code :period} parameter
 * @param heading what the table shows, for the title row naming the period
 * @param totalled whether the sheet ends the table with a 合计 row
 */
record ReportTable(String title, String fileSuffix, List<ReportColumn> columns, String sql, String heading,
		boolean totalled) {

	List<String> headers() {
		return this.columns.stream().map(ReportColumn::header).toList();
	}

}

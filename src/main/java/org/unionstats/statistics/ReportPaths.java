package org.unionstats.statistics;

import java.nio.file.Path;

import org.unionstats.registry.Period;

/**
 * Where the statistics report of a period goes:
 * {@code <drop-root>/reports/<period>/municipal-statistics-<period>.xlsx} and the CSV
 * files beside it.
 *
 * @param directory the period's report folder
 * @param period the period's notation, as in the file names
 */
public record ReportPaths(Path directory, String period) {

	public static ReportPaths under(Path dropRoot, Period period) {
		return new ReportPaths(dropRoot.resolve("reports").resolve(period.text()), period.text());
	}

	public Path workbook() {
		return this.directory.resolve(baseName() + ".xlsx");
	}

	Path csv(ReportTable table) {
		return this.directory.resolve(baseName() + "-" + table.fileSuffix() + ".csv");
	}

	/** The CSV files' names end with this pattern, for messages. */
	public String csvPattern() {
		return baseName() + "-*.csv";
	}

	private String baseName() {
		return "municipal-statistics-" + this.period;
	}

}

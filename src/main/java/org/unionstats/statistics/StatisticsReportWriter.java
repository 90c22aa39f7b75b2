package org.unionstats.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the statistics workbook and its CSV files from the marts of one period,
 * streaming the long tables so memory does not grow with the number of federations.
 */
@Component
class StatisticsReportWriter {

	private static final Logger logger = LoggerFactory.getLogger(StatisticsReportWriter.class);

	/** Rows kept in memory per streamed sheet. */
	private static final int ROW_WINDOW = 200;

	/**
	 * Writes every file under a temporary name and moves them into place together.
	 * @return the number of federation rows written
	 */
	int write(ReportPaths paths, MartSnapshot.Tables tables) {
		try (AtomicFiles files = new AtomicFiles()) {
			Files.createDirectories(paths.directory());
			Path workbookFile = files.temporaryFor(paths.workbook());
			XSSFWorkbook charted = new XSSFWorkbook();
			ReportStyles styles = new ReportStyles(charted);
			copy(tables, ReportTables.SUMMARY,
					table(charted.createSheet(ReportTables.SUMMARY.title()), styles, ReportTables.SUMMARY, 0), paths,
					files);
			XSSFSheet districtSheet = charted.createSheet(ReportTables.DISTRICTS.title());
			SheetTableWriter districts = table(districtSheet, styles, ReportTables.DISTRICTS, 0);
			int districtRows = copy(tables, ReportTables.DISTRICTS, districts, paths, files);
			DistrictChart.draw(districtSheet, 1, districtRows, 1, ReportTables.DISTRICT_TOTAL_COLUMN,
					paths.period() + " 各区运行设施合计");
			int federationRows;
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(charted, ROW_WINDOW)) {
				federationRows = copy(tables, ReportTables.FEDERATIONS,
						table(workbook.createSheet(ReportTables.FEDERATIONS.title()), styles, ReportTables.FEDERATIONS,
								0),
						paths, files);
				writeCompleteness(workbook.createSheet(ReportTables.COMPLETENESS.title()), styles, tables, paths,
						files);
				long started = System.nanoTime();
				try (OutputStream out = Files.newOutputStream(workbookFile)) {
					workbook.write(out);
				}
				logger.debug("Workbook saved in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			files.commit();
			return federationRows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report in " + paths.directory(), ex);
		}
	}

	private void writeCompleteness(Sheet sheet, ReportStyles styles, MartSnapshot.Tables tables, ReportPaths paths,
			AtomicFiles files) throws IOException {
		SheetTableWriter completeness = table(sheet, styles, ReportTables.COMPLETENESS, 0);
		copy(tables, ReportTables.COMPLETENESS, completeness, paths, files);
		int titleRow = completeness.nextRow() + 1;
		Cell title = sheet.createRow(titleRow).createCell(0);
		title.setCellValue(ReportTables.MISSING.title());
		title.setCellStyle(styles.title());
		copy(tables, ReportTables.MISSING,
				new SheetTableWriter(sheet, styles, ReportTables.MISSING.columns(), titleRow + 1), paths, files);
	}

	private static SheetTableWriter table(Sheet sheet, ReportStyles styles, ReportTable table, int headerRow) {
		return new SheetTableWriter(sheet, styles, table.columns(), headerRow).freezeHeader();
	}

	/** Streams one table into its sheet and its CSV file; returns the rows copied. */
	private static int copy(MartSnapshot.Tables tables, ReportTable table, SheetTableWriter sheet, ReportPaths paths,
			AtomicFiles files) throws IOException {
		int[] rows = { 0 };
		long started = System.nanoTime();
		try (CsvTableWriter csv = new CsvTableWriter(files.temporaryFor(paths.csv(table)), table.headers())) {
			tables.stream(table, (values) -> {
				sheet.row(values);
				csv.row(values);
				rows[0]++;
			});
		}
		logger.debug("Table {}: {} rows in {} ms", table.fileSuffix(), rows[0],
				(System.nanoTime() - started) / 1_000_000);
		return rows[0];
	}

}

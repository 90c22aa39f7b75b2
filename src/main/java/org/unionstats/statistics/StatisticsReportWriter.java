package org.unionstats.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import org.unionstats.feedback.TempFileStringsWorkbook;
import org.unionstats.support.AtomicFiles;

/**
 * Writes the statistics workbook and its CSV files from the marts of one period,
 * streaming the long tables so memory does not grow with the number of federations.
 */
@Component
class StatisticsReportWriter {

	private static final Logger logger = LoggerFactory.getLogger(StatisticsReportWriter.class);

	/**
	 * The first CSV column: each CSV row says its period, as a CSV has no title row.
	 */
	static final String CSV_PERIOD_HEADER = "period";

	/** Rows kept in memory per streamed sheet. */
	private static final int ROW_WINDOW = 200;

	/**
	 * Writes every file under a temporary name and moves them into place together.
	 * @return the headline figures of what was written
	 */
	ReportHeadline write(ReportPaths paths, MartSnapshot.Tables tables) {
		// Shared strings in every sheet (WPS reads inline strings badly), kept in a file
		// so
		// that memory does not grow with the federations' names.
		try (AtomicFiles files = new AtomicFiles();
				TempFileStringsWorkbook workbook = TempFileStringsWorkbook.create(ROW_WINDOW)) {
			Files.createDirectories(paths.directory());
			Path workbookFile = files.temporaryFor(paths.workbook());
			// The chart needs a sheet that is not streamed: the short tables are made
			// first,
			// on the workbook underneath, and are written as they are.
			XSSFWorkbook charted = workbook.getXSSFWorkbook();
			ReportStyles styles = new ReportStyles(charted);
			String period = paths.period();
			ReportHeadline.Collector headline = new ReportHeadline.Collector();
			SheetTableWriter summary = titled(charted.createSheet(ReportTables.SUMMARY.title()), styles,
					ReportTables.SUMMARY, period, 0);
			copy(tables, ReportTables.SUMMARY, summary, paths, files, headline::summaryRow);
			summary.totalRow();
			// A card per district (61,000 rows at national scale): streamed.
			writeTable(workbook.createSheet(ReportTables.INDICATORS.title()), styles, ReportTables.INDICATORS, tables,
					paths, files);
			XSSFSheet districtSheet = charted.createSheet(ReportTables.DISTRICTS.title());
			SheetTableWriter districts = titled(districtSheet, styles, ReportTables.DISTRICTS, period, 0);
			int firstDistrictRow = districts.nextRow();
			List<String> districtNames = new ArrayList<>();
			int districtRows = copy(tables, ReportTables.DISTRICTS, districts, paths, files,
					(values) -> districtNames.add(String.valueOf(values[1])));
			districts.autoFilter().totalRow();
			DistrictChart.draw(districtSheet, firstDistrictRow, firstDistrictRow + districtRows - 1, 1,
					ReportTables.DISTRICT_TOTAL_COLUMN, period + " 各区运行设施合计", districtNames);
			SheetTableWriter federations = titled(workbook.createSheet(ReportTables.FEDERATIONS.title()), styles,
					ReportTables.FEDERATIONS, period, 0);
			int federationRows = copy(tables, ReportTables.FEDERATIONS, federations, paths, files);
			federations.autoFilter().totalRow();
			writeCompleteness(workbook.createSheet(ReportTables.COMPLETENESS.title()), styles, tables, paths, files,
					headline);
			long started = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(workbookFile)) {
				workbook.write(out);
			}
			logger.debug("Workbook saved in {} ms", (System.nanoTime() - started) / 1_000_000);
			files.commit();
			return headline.headline(federationRows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report in " + paths.directory(), ex);
		}
	}

	private void writeTable(Sheet sheet, ReportStyles styles, ReportTable table, MartSnapshot.Tables tables,
			ReportPaths paths, AtomicFiles files) throws IOException {
		SheetTableWriter writer = titled(sheet, styles, table, paths.period(), 0);
		copy(tables, table, writer, paths, files);
		if (table.totalled()) {
			writer.totalRow();
		}
	}

	private void writeCompleteness(Sheet sheet, ReportStyles styles, MartSnapshot.Tables tables, ReportPaths paths,
			AtomicFiles files, ReportHeadline.Collector headline) throws IOException {
		SheetTableWriter completeness = titled(sheet, styles, ReportTables.COMPLETENESS, paths.period(), 0);
		copy(tables, ReportTables.COMPLETENESS, completeness, paths, files, headline::completenessRow);
		completeness.totalRow();
		SheetTableWriter missing = titled(sheet, styles, ReportTables.MISSING, paths.period(),
				completeness.nextRow() + 1);
		copy(tables, ReportTables.MISSING, missing, paths, files);
	}

	/**
	 * A title row naming the period at {@code titleRow}, the table's header below it
	 * (frozen when the table starts the sheet).
	 */
	private static SheetTableWriter titled(Sheet sheet, ReportStyles styles, ReportTable table, String period,
			int titleRow) {
		Cell title = sheet.createRow(titleRow).createCell(0);
		title.setCellValue(title(table, period));
		title.setCellStyle(styles.title());
		SheetTableWriter writer = new SheetTableWriter(sheet, styles, table.columns(), titleRow + 1);
		return (titleRow == 0) ? writer.freezeHeader() : writer;
	}

	/** The title row of a table, e.g. {@code 报送期 2017：各区各类设施运行数}. */
	static String title(ReportTable table, String period) {
		return "报送期 " + period + "：" + table.heading();
	}

	/** Streams one table into its sheet and its CSV file; returns the rows copied. */
	private static int copy(MartSnapshot.Tables tables, ReportTable table, SheetTableWriter sheet, ReportPaths paths,
			AtomicFiles files) throws IOException {
		return copy(tables, table, sheet, paths, files, (values) -> {
		});
	}

	/** As above, handing each row to {@code alsoEach} too. */
	private static int copy(MartSnapshot.Tables tables, ReportTable table, SheetTableWriter sheet, ReportPaths paths,
			AtomicFiles files, Consumer<Object[]> alsoEach) throws IOException {
		int[] rows = { 0 };
		long started = System.nanoTime();
		List<String> headers = new ArrayList<>();
		headers.add(CSV_PERIOD_HEADER);
		headers.addAll(table.headers());
		try (CsvTableWriter csv = new CsvTableWriter(files.temporaryFor(paths.csv(table)), headers)) {
			Object[] line = new Object[headers.size()];
			line[0] = paths.period();
			tables.stream(table, (values) -> {
				sheet.row(values);
				alsoEach.accept(values);
				System.arraycopy(values, 0, line, 1, values.length);
				csv.row(line);
				rows[0]++;
			});
		}
		logger.debug("Table {}: {} rows in {} ms", table.fileSuffix(), rows[0],
				(System.nanoTime() - started) / 1_000_000);
		return rows[0];
	}

}

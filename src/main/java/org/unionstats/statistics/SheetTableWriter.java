package org.unionstats.statistics;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.unionstats.workbook.FormulaText;

/**
 * Writes one report table into a sheet from a given row on: a header row, then values
 * typed by column, so that text is always a string cell and never a formula; on request a
 * 合计 row of the columns whose sum means something, and an autofilter.
 */
final class SheetTableWriter {

	static final String TOTAL_LABEL = "合计";

	private final Sheet sheet;

	private final ReportStyles styles;

	private final List<ReportColumn> columns;

	private final int headerRow;

	private final double[] sums;

	private int nextRow;

	SheetTableWriter(Sheet sheet, ReportStyles styles, List<ReportColumn> columns, int headerRow) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = columns;
		this.headerRow = headerRow;
		this.sums = new double[columns.size()];
		this.nextRow = headerRow;
		Row header = sheet.createRow(this.nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header());
			if (sheet.getColumnWidth(i) < columns.get(i).width() * 256) {
				sheet.setColumnWidth(i, columns.get(i).width() * 256);
			}
		}
	}

	/**
	 * Freezes the rows above the first data row and the leading text columns (what a row
	 * is about), so both stay in view in a wide table.
	 */
	SheetTableWriter freezeHeader() {
		int keyColumns = 0;
		while (keyColumns < this.columns.size() && this.columns.get(keyColumns).kind() == ColumnKind.TEXT) {
			keyColumns++;
		}
		this.sheet.createFreezePane(keyColumns, this.nextRow);
		return this;
	}

	void row(Object[] values) {
		Row row = this.sheet.createRow(this.nextRow++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			cell.setCellStyle(this.styles.value(this.columns.get(i).kind()));
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				this.sums[i] += number.doubleValue();
			}
			else if (value instanceof Boolean bool) {
				cell.setCellValue(bool ? "是" : "否");
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				if (FormulaText.looksLikeFormula(text)) {
					// Stays text even when someone edits the cell.
					cell.setCellStyle(this.styles.quoted(this.columns.get(i).kind()));
				}
			}
		}
	}

	/**
	 * Puts an autofilter on the header and the data rows written so far (a 合计 row written
	 * later stays out of it, so filtering never hides the total).
	 */
	SheetTableWriter autoFilter() {
		int lastRow = Math.max(this.headerRow, this.nextRow - 1);
		this.sheet.setAutoFilter(new CellRangeAddress(this.headerRow, lastRow, 0, this.columns.size() - 1));
		return this;
	}

	/** Ends the table with a 合计 row: the sums of the summed columns, the rest blank. */
	void totalRow() {
		Row row = this.sheet.createRow(this.nextRow++);
		Cell label = row.createCell(0);
		label.setCellValue(TOTAL_LABEL);
		label.setCellStyle(this.styles.total(ColumnKind.TEXT));
		for (int i = 1; i < this.columns.size(); i++) {
			ReportColumn column = this.columns.get(i);
			Cell cell = row.createCell(i);
			cell.setCellStyle(this.styles.total(column.kind()));
			if (column.summed()) {
				cell.setCellValue(this.sums[i]);
			}
		}
	}

	/** The index of the next row to be written. */
	int nextRow() {
		return this.nextRow;
	}

}

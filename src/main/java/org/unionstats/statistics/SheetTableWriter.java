package org.unionstats.statistics;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.unionstats.workbook.FormulaText;

/**
 * Writes one report table into a sheet from a given row on: a header row, then values
 * typed by column, so that text is always a string cell and never a formula.
 */
final class SheetTableWriter {

	private final Sheet sheet;

	private final ReportStyles styles;

	private final List<ReportColumn> columns;

	private int nextRow;

	SheetTableWriter(Sheet sheet, ReportStyles styles, List<ReportColumn> columns, int headerRow) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = columns;
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

	/** Freezes the rows above the first data row, so the header stays in view. */
	SheetTableWriter freezeHeader() {
		this.sheet.createFreezePane(0, this.nextRow);
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

	/** The index of the next row to be written. */
	int nextRow() {
		return this.nextRow;
	}

}

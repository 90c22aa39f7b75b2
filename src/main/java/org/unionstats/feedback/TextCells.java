package org.unionstats.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

import org.unionstats.workbook.FormulaText;

/**
 * Writes text as plain string cells, so a value from a user never becomes a formula.
 */
final class TextCells {

	private final Workbook workbook;

	private final int maxLength;

	private @Nullable CellStyle inert;

	TextCells(Workbook workbook) {
		this.workbook = workbook;
		this.maxLength = workbook.getSpreadsheetVersion().getMaxTextLength();
	}

	/**
	 * A string cell (a shared string in both formats); text that looks like a formula
	 * also gets Excel's quote prefix, so it stays text when someone edits the cell.
	 */
	Cell write(Row row, int column, @Nullable String value) {
		Cell cell = row.createCell(column);
		if (value == null) {
			return cell;
		}
		cell.setCellValue((value.length() > this.maxLength) ? value.substring(0, this.maxLength) : value);
		if (FormulaText.looksLikeFormula(value)) {
			cell.setCellStyle(inert());
		}
		return cell;
	}

	private CellStyle inert() {
		if (this.inert == null) {
			this.inert = this.workbook.createCellStyle();
			this.inert.setQuotePrefixed(true);
		}
		return this.inert;
	}

}

package org.unionstats.feedback;

import java.util.HashMap;
import java.util.Map;

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

	private final Map<Integer, CellStyle> inert = new HashMap<>();

	TextCells(Workbook workbook) {
		this.workbook = workbook;
		this.maxLength = workbook.getSpreadsheetVersion().getMaxTextLength();
	}

	/**
	 * A string cell (a shared string in both formats); text that looks like a formula
	 * also gets Excel's quote prefix, so it stays text when someone edits the cell.
	 */
	Cell write(Row row, int column, @Nullable String value) {
		return write(row, column, value, null);
	}

	/** A string cell in the given style, quote-prefixed where the text needs it. */
	Cell write(Row row, int column, @Nullable String value, @Nullable CellStyle style) {
		Cell cell = row.createCell(column);
		if (style != null) {
			cell.setCellStyle(style);
		}
		if (value == null) {
			return cell;
		}
		cell.setCellValue((value.length() > this.maxLength) ? value.substring(0, this.maxLength) : value);
		if (FormulaText.looksLikeFormula(value)) {
			cell.setCellStyle(inert(cell.getCellStyle()));
		}
		return cell;
	}

	/** The style with the quote prefix, one per style. */
	private CellStyle inert(CellStyle style) {
		return this.inert.computeIfAbsent(style.getIndex() & 0xFFFF, (index) -> {
			CellStyle quoted = this.workbook.createCellStyle();
			quoted.cloneStyleFrom(style);
			quoted.setQuotePrefixed(true);
			return quoted;
		});
	}

}

package org.unionstats.workbook;

import java.util.List;

/**
 * One row of a sheet with its non-empty cells, in column order.
 *
 * @param number the 1-based Excel row number
 * @param cells the cells that hold something
 */
public record SheetRow(int number, List<CellValue> cells) {

	/** Whether every cell of the row is blank. */
	public boolean isBlank() {
		for (CellValue cell : this.cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The first cell that is not blank, or {@code null}. */
	public CellValue firstNonBlank() {
		for (CellValue cell : this.cells) {
			if (!cell.isBlank()) {
				return cell;
			}
		}
		return null;
	}

	/** The cell at the 0-based column, or {@code null}. */
	public CellValue cell(int column) {
		for (CellValue cell : this.cells) {
			if (cell.column() == column) {
				return cell;
			}
		}
		return null;
	}

}

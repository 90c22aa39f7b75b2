package org.unionstats.workbook;

import java.util.List;

/**
 * Where a sheet's header row is and which column holds each template column.
 *
 * @param headerRow the 1-based row number of the header
 * @param columns the template columns
 * @param positions for each template column, its 0-based column index, or -1 if absent
 */
public record HeaderLayout(int headerRow, List<ColumnSpec> columns, int[] positions) {

	/**
	 * The template column at a 0-based sheet column, as an index into {@code columns}, or
	 * -1.
	 */
	public int specIndexAt(int column) {
		for (int i = 0; i < this.positions.length; i++) {
			if (this.positions[i] == column) {
				return i;
			}
		}
		return -1;
	}

	/** Arranges a row's cells by template column ({@code null} where blank or absent). */
	public CellValue[] arrange(SheetRow row) {
		CellValue[] cells = new CellValue[this.columns.size()];
		for (CellValue cell : row.cells()) {
			int index = specIndexAt(cell.column());
			if (index >= 0) {
				cells[index] = cell;
			}
		}
		return cells;
	}

}

package org.unionstats.workbook;

/**
 * Pulls the rows of one sheet one at a time, so memory does not grow with the sheet.
 */
public interface SheetCursor extends AutoCloseable {

	/**
	 * The next row that has at least one cell, or {@code null} at the end of the sheet.
	 * @throws WorkbookReadException when the sheet cannot be read further
	 */
	SheetRow next();

	@Override
	void close();

}

package org.unionstats.workbook;

import java.util.List;

/**
 * An opened submission workbook, whatever its format, from which sheets are streamed.
 */
public interface WorkbookSource extends AutoCloseable {

	/**
	 * The sheet names as stored (not trimmed), in workbook order; a name given twice (as
	 * only a hand-made file can) is listed twice.
	 */
	List<String> sheetNames();

	/** Whether date serials count from 1904 rather than 1900. */
	boolean date1904();

	/**
	 * Opens a cursor at the first row of the named sheet; may be called again to read the
	 * sheet from the start.
	 * @throws WorkbookReadException when the sheet cannot be read
	 */
	SheetCursor openSheet(String name);

	@Override
	void close();

}

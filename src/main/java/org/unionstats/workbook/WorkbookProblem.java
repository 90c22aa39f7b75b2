package org.unionstats.workbook;

/**
 * Why a workbook as a whole could not be read.
 */
public enum WorkbookProblem {

	/** Not an .xlsx or .xls workbook, judged by content. */
	FORMAT,

	/** Password-protected. */
	ENCRYPTED,

	/** Corrupt, or refused as an attack (zip bomb, entity expansion). */
	UNREADABLE,

	/** Over the configured file size or rows per sheet. */
	TOO_LARGE

}

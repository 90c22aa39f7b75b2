package org.unionstats.workbook;

/**
 * One non-empty cell as stored in the file, before any conversion to the column's type.
 *
 * @param column the 0-based column index
 * @param kind what the file stores
 * @param text the string, the error text (e.g. {@code #REF!}) or
 * {@code TRUE}/{@code FALSE}
 * @param number the numeric value of a number or boolean cell
 * @param dateFormatted whether a number cell carries a date format
 * @param truncated whether the file holds more text than Excel allows in a cell, of which
 * {@code text} is the first {@value #MAX_TEXT_LENGTH} characters
 */
public record CellValue(int column, Kind kind, String text, double number, boolean dateFormatted, boolean truncated) {

	/** Excel's own limit on the characters of a cell. */
	public static final int MAX_TEXT_LENGTH = 32_767;

	public CellValue(int column, Kind kind, String text, double number, boolean dateFormatted) {
		this(column, kind, text, number, dateFormatted, false);
	}

	public static CellValue text(int column, String text) {
		return new CellValue(column, Kind.STRING, text, 0, false);
	}

	/**
	 * Text that was cut at Excel's limit while reading; the rest of the file's text is
	 * never held.
	 */
	public static CellValue truncatedText(int column, String text) {
		return new CellValue(column, Kind.STRING, text, 0, false, true);
	}

	/** Text, cut at Excel's limit and marked {@code truncated} when longer. */
	static CellValue boundedText(int column, String text) {
		return (text.length() > MAX_TEXT_LENGTH) ? truncatedText(column, text.substring(0, MAX_TEXT_LENGTH))
				: text(column, text);
	}

	public static CellValue number(int column, double number, boolean dateFormatted) {
		return new CellValue(column, Kind.NUMBER, null, number, dateFormatted);
	}

	public static CellValue bool(int column, boolean value) {
		return new CellValue(column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, false);
	}

	public static CellValue error(int column, String text) {
		return new CellValue(column, Kind.ERROR, text, 0, false);
	}

	public static CellValue formulaWithoutResult(int column) {
		return new CellValue(column, Kind.FORMULA_WITHOUT_RESULT, null, 0, false);
	}

	/** Whether the cell holds nothing a person would see. */
	public boolean isBlank() {
		return this.kind == Kind.STRING && this.text.isBlank();
	}

	/** The A1 reference of this cell in the given 1-based row, e.g. {@code D7}. */
	public String reference(int rowNumber) {
		return CellReferences.columnLetters(this.column) + rowNumber;
	}

	/** What the file stores in a cell. */
	public enum Kind {

		STRING, NUMBER, BOOLEAN, ERROR,

		/**
		 * A formula saved without its result (written by a program, never opened in
		 * Excel).
		 */
		FORMULA_WITHOUT_RESULT

	}

}

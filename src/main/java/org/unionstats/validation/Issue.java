package org.unionstats.validation;

/**
 * One problem found in a submission: where it is, what was found, and what to do, in
 * Chinese and English.
 *
 * @param code the stable issue code
 * @param severity the code's severity
 * @param sheet the sheet name, or {@code null} for a file-level issue
 * @param cellRef the Excel A1 reference without the sheet (e.g. {@code D7}), or
 * {@code null}
 * @param row the 1-based Excel row number, or {@code null}
 * @param column the column header (or profile label) concerned, or {@code null}
 * @param value the offending value as found (phone numbers masked), or {@code null}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Issue(IssueCode code, Severity severity, String sheet, String cellRef, Integer row, String column,
		String value, String messageZh, String messageEn) {

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/**
	 * The reference as Excel shows it, e.g. {@code 工会服务站!D7}, or the sheet alone, or
	 * empty.
	 */
	public String location() {
		if (this.sheet == null) {
			return "";
		}
		return (this.cellRef != null) ? this.sheet + "!" + this.cellRef : this.sheet;
	}

}

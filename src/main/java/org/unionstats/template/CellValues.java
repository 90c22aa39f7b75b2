package org.unionstats.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;

import org.unionstats.workbook.FormulaText;

/**
 * Writes a prefilled value as a person would have typed it, so that the reader takes it
 * back unchanged.
 */
final class CellValues {

	static final String LIST_SEPARATOR = "、";

	private CellValues() {
	}

	/**
	 * Writes the value; text that looks like a formula gets the quote prefix (added to
	 * the cell's style, so set the style first), so it stays text when edited.
	 */
	static void write(XSSFCell cell, Object value, TemplateStyles styles) {
		write(cell, value);
		if (cell.getCellType() == CellType.STRING && FormulaText.looksLikeFormula(cell.getStringCellValue())) {
			cell.setCellStyle(styles.quoted(cell.getCellStyle()));
		}
	}

	private static void write(XSSFCell cell, Object value) {
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(InputRules.BOOLEAN_CHOICES.get(flag ? 0 : 1));
		}
		else if (value instanceof List<?> items) {
			cell.setCellValue(String.join(LIST_SEPARATOR, items.stream().map(String::valueOf).toList()));
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

	/** The value as it shows in the cell, for sizing columns. */
	static String display(Object value) {
		if (value instanceof LocalDate) {
			return "2017-06-21";
		}
		if (value instanceof List<?> items) {
			return String.join(LIST_SEPARATOR, items.stream().map(String::valueOf).toList());
		}
		return (value != null) ? value.toString() : "";
	}

}

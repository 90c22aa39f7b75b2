package org.unionstats.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a generated template the way a person does in Excel: typing into the cells the
 * template offers, which keep the cell's (or the column's) format, and saving.
 * <p>
 * Values are what Excel stores for what is typed: a {@code String} for text and for
 * dropdown choices (the template formats codes and phones as text), a {@code Number} for
 * a figure and a {@code LocalDate} for a date.
 */
final class TemplateFiller {

	private final XSSFWorkbook workbook;

	private TemplateFiller(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	static TemplateFiller open(Path template) {
		return new TemplateFiller(TemplateWorkbooks.open(template));
	}

	XSSFWorkbook workbook() {
		return this.workbook;
	}

	/** Types a value into a profile field, by its label. */
	TemplateFiller profile(String label, Object value) {
		type(TemplateWorkbooks.profileCell(this.workbook, label), value);
		return this;
	}

	/** Types a value into a profile field only when the template left it blank. */
	TemplateFiller profileIfBlank(String label, Object value) {
		XSSFCell cell = TemplateWorkbooks.profileCell(this.workbook, label);
		if (cell.getCellType() == CellType.BLANK) {
			type(cell, value);
		}
		return this;
	}

	/** Overtypes one value of the row whose {@code 编号} is {@code code}. */
	TemplateFiller set(String sheetName, String code, String header, Object value) {
		XSSFSheet sheet = this.workbook.getSheet(sheetName);
		int codeColumn = TemplateWorkbooks.columnOf(sheet, "编号");
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			XSSFCell cell = (row != null) ? row.getCell(codeColumn) : null;
			if (cell != null && code.equals(cell.getStringCellValue())) {
				type(cellAt(sheet, row, TemplateWorkbooks.columnOf(sheet, header)), value);
				return this;
			}
		}
		throw new AssertionError("no row " + code + " in " + sheetName);
	}

	/** Types a new row below the last one, by header. */
	TemplateFiller addRow(String sheetName, Map<String, Object> values) {
		XSSFSheet sheet = this.workbook.getSheet(sheetName);
		XSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
		values.forEach((header, value) -> type(cellAt(sheet, row, TemplateWorkbooks.columnOf(sheet, header)), value));
		return this;
	}

	/** Saves the workbook as Excel would, under {@code folder/fileName}. */
	Path saveAs(Path folder, String fileName) {
		Path file = folder.resolve(fileName);
		try {
			Files.createDirectories(folder);
			try (OutputStream out = Files.newOutputStream(file)) {
				this.workbook.write(out);
			}
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** A cell typed into for the first time takes the column's format, as in Excel. */
	private static XSSFCell cellAt(XSSFSheet sheet, XSSFRow row, int column) {
		XSSFCell cell = row.getCell(column);
		if (cell == null) {
			cell = row.createCell(column);
			cell.setCellStyle(sheet.getColumnStyle(column));
		}
		return cell;
	}

	private static void type(XSSFCell cell, Object value) {
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			throw new IllegalArgumentException("Cannot type " + value);
		}
	}

}

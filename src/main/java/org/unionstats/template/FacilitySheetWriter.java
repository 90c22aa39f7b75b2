package org.unionstats.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;

/**
 * Writes one facility sheet: a frozen header row from the template definition, last
 * period's facilities prefilled, and input hints, dropdowns and checks on every column
 * well below them.
 */
final class FacilitySheetWriter {

	/** Rows below the prefilled ones that still get the hints and checks. */
	static final int SPARE_ROWS = 500;

	/** The fewest data rows that get the hints and checks. */
	static final int MIN_ROWS = 1000;

	private final TemplateStyles styles;

	private final InputRules rules;

	FacilitySheetWriter(TemplateStyles styles, InputRules rules) {
		this.styles = styles;
		this.rules = rules;
	}

	void write(XSSFWorkbook workbook, FacilityType type, List<Map<String, Object>> facilities) {
		XSSFSheet sheet = workbook.createSheet(type.sheetName());
		List<ColumnSpec> columns = TemplateV1.columns(type);
		XSSFRow header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			XSSFCell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(this.styles.header());
		}
		sheet.createFreezePane(0, 1);
		for (int r = 0; r < facilities.size(); r++) {
			writeRow(sheet.createRow(r + 1), columns, facilities.get(r));
		}
		int lastRow = Math.max(MIN_ROWS, facilities.size() + SPARE_ROWS);
		for (int c = 0; c < columns.size(); c++) {
			ColumnSpec column = columns.get(c);
			// Rows staff add below keep the column's format, so 001 stays a code.
			sheet.setDefaultColumnStyle(c, this.styles.input(column.type()));
			this.rules.apply(sheet, column, new CellRangeAddressList(1, lastRow, c, c));
			ColumnWidths.fit(sheet, c, minimumWidth(column), texts(column, facilities));
		}
	}

	private void writeRow(XSSFRow row, List<ColumnSpec> columns, Map<String, Object> facility) {
		for (int c = 0; c < columns.size(); c++) {
			ColumnSpec column = columns.get(c);
			XSSFCell cell = row.createCell(c);
			cell.setCellStyle(this.styles.input(column.type()));
			CellValues.write(cell, facility.get(column.key()), this.styles);
		}
	}

	private static int minimumWidth(ColumnSpec column) {
		return switch (column.type()) {
			case DATE -> 12;
			case TEXT -> (column.maxLength() > 100) ? 30 : 16;
			case LIST -> 30;
			default -> 8;
		};
	}

	private static List<String> texts(ColumnSpec column, List<Map<String, Object>> facilities) {
		List<String> texts = new ArrayList<>();
		texts.add(column.header());
		for (Map<String, Object> facility : facilities) {
			texts.add(CellValues.display(facility.get(column.key())));
		}
		return texts;
	}

}

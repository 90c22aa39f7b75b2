package org.unionstats.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;

/**
 * Writes the {@code 基本情况} sheet: one row per profile field, the identity prefilled and
 * locked, last period's figures prefilled and marked, everything else left to fill.
 */
final class ProfileSheetWriter {

	static final int LABEL_COLUMN = 0;

	static final int VALUE_COLUMN = 1;

	private final TemplateStyles styles;

	private final InputRules rules;

	ProfileSheetWriter(TemplateStyles styles, InputRules rules) {
		this.styles = styles;
		this.rules = rules;
	}

	void write(XSSFWorkbook workbook, TemplateContent content) {
		XSSFSheet sheet = workbook.createSheet(TemplateV1.PROFILE_SHEET);
		XSSFRow header = sheet.createRow(0);
		headerCell(header, LABEL_COLUMN, TemplateV1.PROFILE_LABEL_HEADER);
		headerCell(header, VALUE_COLUMN, TemplateV1.PROFILE_VALUE_HEADER);
		sheet.createFreezePane(0, 1);
		Map<String, String> identity = identity(content);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		List<String> labels = new ArrayList<>();
		int rowIndex = 1;
		for (ColumnSpec field : TemplateV2.PROFILE_FIELDS) {
			XSSFRow row = sheet.createRow(rowIndex);
			XSSFCell label = row.createCell(LABEL_COLUMN);
			label.setCellValue(field.header());
			label.setCellStyle(this.styles.label());
			labels.add(field.header());
			XSSFCell value = row.createCell(VALUE_COLUMN);
			if (identity.containsKey(field.key())) {
				value.setCellStyle(this.styles.identity());
				CellValues.write(value, identity.get(field.key()), this.styles);
			}
			else {
				writeInput(sheet, drawing, value, field, content);
			}
			rowIndex++;
		}
		ColumnWidths.fit(sheet, LABEL_COLUMN, 0, labels);
		ColumnWidths.fit(sheet, VALUE_COLUMN, 24, identity.values());
		// No password: the lock guards against slips, not against anyone.
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private void writeInput(XSSFSheet sheet, XSSFDrawing drawing, XSSFCell cell, ColumnSpec field,
			TemplateContent content) {
		Optional<Object> previous = content.prefilledProfileValue(field.key());
		if (previous.isPresent()) {
			cell.setCellStyle(this.styles.prefilled(field.type()));
			CellValues.write(cell, previous.get(), this.styles);
			String period = content.previous().orElseThrow().period().text();
			cell.setCellComment(comment(drawing, cell, "上期（" + period + "）已采用数据，请核实并按本期实际更新。"));
		}
		else {
			cell.setCellStyle(this.styles.input(field.type()));
		}
		int row = cell.getRowIndex();
		this.rules.apply(sheet, field, new CellRangeAddressList(row, row, VALUE_COLUMN, VALUE_COLUMN));
	}

	private static XSSFComment comment(XSSFDrawing drawing, XSSFCell cell, String text) {
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, VALUE_COLUMN + 1, cell.getRowIndex(),
				VALUE_COLUMN + 4, cell.getRowIndex() + 3);
		XSSFComment comment = drawing.createCellComment(anchor);
		comment.setString(new XSSFRichTextString(text));
		comment.setAuthor("unionstats");
		return comment;
	}

	private static Map<String, String> identity(TemplateContent content) {
		return Map.of("template_version", TemplateV2.VERSION, "federation_code", content.federation().code(),
				"federation_name", content.federation().name(), "district_name", content.federation().districtName(),
				"period", content.period().text());
	}

	private void headerCell(XSSFRow row, int column, String text) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.header());
	}

}

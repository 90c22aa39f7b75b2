package org.unionstats.template;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.ValueType;

/**
 * The cell styles of one template workbook, created once and shared by every cell (a
 * workbook holds at most 64000 styles, and fewer make a smaller file).
 */
final class TemplateStyles {

	static final String DATE_FORMAT = "yyyy-mm-dd";

	private final XSSFWorkbook workbook;

	private final XSSFFont normal;

	private final XSSFCellStyle title;

	private final XSSFCellStyle heading;

	private final XSSFCellStyle paragraph;

	private final XSSFCellStyle header;

	private final XSSFCellStyle label;

	private final XSSFCellStyle identity;

	private final XSSFCellStyle[] input = new XSSFCellStyle[ValueType.values().length];

	private final XSSFCellStyle[] prefilled = new XSSFCellStyle[ValueType.values().length];

	private final Map<Integer, XSSFCellStyle> quoted = new HashMap<>();

	TemplateStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.normal = font(false, 11);
		XSSFFont bold = font(true, 11);
		this.title = textStyle(font(true, 14));
		this.heading = textStyle(bold);
		this.paragraph = textStyle(this.normal);
		this.paragraph.setWrapText(true);
		this.header = bordered(bold, IndexedColors.PALE_BLUE);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		this.label = bordered(this.normal, IndexedColors.GREY_25_PERCENT);
		this.identity = bordered(this.normal, IndexedColors.GREY_25_PERCENT);
		this.identity.setDataFormat(format("@"));
		for (ValueType type : ValueType.values()) {
			this.input[type.ordinal()] = inputStyle(type, null);
			this.prefilled[type.ordinal()] = inputStyle(type, IndexedColors.LIGHT_YELLOW);
		}
	}

	XSSFCellStyle title() {
		return this.title;
	}

	XSSFCellStyle heading() {
		return this.heading;
	}

	XSSFCellStyle paragraph() {
		return this.paragraph;
	}

	XSSFCellStyle header() {
		return this.header;
	}

	/** A locked label cell, such as the 项目 column of the profile. */
	XSSFCellStyle label() {
		return this.label;
	}

	/** A locked value the federation must not change (its code, the period...). */
	XSSFCellStyle identity() {
		return this.identity;
	}

	/** An unlocked cell for a value of the given type. */
	XSSFCellStyle input(ValueType type) {
		return this.input[type.ordinal()];
	}

	/** An unlocked cell holding last period's figure, marked so it gets checked. */
	XSSFCellStyle prefilled(ValueType type) {
		return this.prefilled[type.ordinal()];
	}

	/**
	 * The style with Excel's quote prefix, for text that looks like a formula; one per
	 * style, made on first use.
	 */
	XSSFCellStyle quoted(XSSFCellStyle style) {
		return this.quoted.computeIfAbsent((int) style.getIndex(), (index) -> {
			XSSFCellStyle copy = this.workbook.createCellStyle();
			copy.cloneStyleFrom(style);
			copy.setQuotePrefixed(true);
			return copy;
		});
	}

	private XSSFCellStyle inputStyle(ValueType type, IndexedColors fill) {
		XSSFCellStyle style = bordered(this.normal, fill);
		style.setLocked(false);
		style.setDataFormat(format(dataFormat(type)));
		return style;
	}

	private static String dataFormat(ValueType type) {
		// Text format keeps codes such as 001 and phone numbers from turning into
		// numbers.
		return switch (type) {
			case INTEGER -> "0";
			case DECIMAL -> "0.00";
			case DATE -> DATE_FORMAT;
			case BOOLEAN, ENUM, LIST -> "General";
			default -> "@";
		};
	}

	private XSSFCellStyle textStyle(XSSFFont font) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private XSSFCellStyle bordered(XSSFFont font, IndexedColors fill) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private XSSFFont font(boolean bold, int points) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName("宋体");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private short format(String pattern) {
		return this.workbook.createDataFormat().getFormat(pattern);
	}

}

package org.unionstats.statistics;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles the report uses, created once per workbook (a workbook holds
 * at most 64,000 styles, so never one per cell).
 */
final class ReportStyles {

	private final CellStyle header;

	private final CellStyle title;

	private final Map<ColumnKind, CellStyle> values = new EnumMap<>(ColumnKind.class);

	private final Map<ColumnKind, CellStyle> quoted = new EnumMap<>(ColumnKind.class);

	private final Map<ColumnKind, CellStyle> totals = new EnumMap<>(ColumnKind.class);

	private final Workbook workbook;

	private final Font bold;

	ReportStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.bold = bold;
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		this.title = workbook.createCellStyle();
		this.title.setFont(bold);
		short text = workbook.createDataFormat().getFormat("@");
		this.values.put(ColumnKind.TEXT, style(workbook, text));
		this.values.put(ColumnKind.COUNT, style(workbook, workbook.createDataFormat().getFormat("#,##0")));
		this.values.put(ColumnKind.CHANGE, style(workbook, workbook.createDataFormat().getFormat("+#,##0;-#,##0;0")));
		this.values.put(ColumnKind.RATE, style(workbook, workbook.createDataFormat().getFormat("0.0%")));
		this.values.put(ColumnKind.AMOUNT, style(workbook, workbook.createDataFormat().getFormat("#,##0.00")));
	}

	private static CellStyle style(Workbook workbook, short format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		return style;
	}

	CellStyle header() {
		return this.header;
	}

	CellStyle title() {
		return this.title;
	}

	CellStyle value(ColumnKind kind) {
		return this.values.get(kind);
	}

	/** The value style in bold with a rule above, for a 合计 row; made on first use. */
	CellStyle total(ColumnKind kind) {
		return this.totals.computeIfAbsent(kind, (k) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(value(k));
			style.setFont(this.bold);
			style.setBorderTop(BorderStyle.THIN);
			return style;
		});
	}

	/**
	 * The value style with Excel's quote prefix, for text that looks like a formula; made
	 * on first use.
	 */
	CellStyle quoted(ColumnKind kind) {
		return this.quoted.computeIfAbsent(kind, (k) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(value(k));
			style.setQuotePrefixed(true);
			return style;
		});
	}

}

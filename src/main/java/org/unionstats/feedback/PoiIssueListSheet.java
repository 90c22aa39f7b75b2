package org.unionstats.feedback;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import org.unionstats.feedback.ListStyle.ListFont;

/**
 * The issue list as a sheet of a POI workbook: the first sheet of an annotated copy, or
 * of an {@code .xls} holding the list alone. Styles and fonts are made as the list first
 * uses them.
 */
final class PoiIssueListSheet implements IssueListSheet {

	private final Workbook workbook;

	private final Sheet sheet;

	private final TextCells text;

	private final Map<ListStyle, CellStyle> styles = new EnumMap<>(ListStyle.class);

	private final Map<ListFont, Font> fonts = new HashMap<>();

	private @Nullable Row row;

	private PoiIssueListSheet(Workbook workbook, Sheet sheet) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.text = new TextCells(workbook);
	}

	/**
	 * Adds the sheet as the first, active and only selected sheet, replacing one of the
	 * same name (a federation may drop an earlier feedback copy again).
	 */
	static PoiIssueListSheet addTo(Workbook workbook) {
		String name = IssueListSheetWriter.SHEET_NAME;
		int existing = workbook.getSheetIndex(name);
		if (existing >= 0) {
			workbook.removeSheetAt(existing);
		}
		Sheet sheet = workbook.createSheet(name);
		workbook.setSheetOrder(name, 0);
		for (Sheet other : workbook) {
			other.setSelected(other == sheet);
		}
		workbook.setActiveSheet(0);
		workbook.setFirstVisibleTab(0);
		// Clerks print it: every column on one page width, as many pages down as needed
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		return new PoiIssueListSheet(workbook, sheet);
	}

	@Override
	public int lastRowIndex() {
		return this.workbook.getSpreadsheetVersion().getLastRowIndex();
	}

	@Override
	public void start(int[] columnWidths, int frozenRows) {
		for (int column = 0; column < columnWidths.length; column++) {
			this.sheet.setColumnWidth(column, columnWidths[column] * 256);
		}
		this.sheet.createFreezePane(0, frozenRows);
	}

	@Override
	public void text(int row, int column, @Nullable String value, ListStyle style) {
		this.text.write(row(row), column, value, (style != ListStyle.PLAIN) ? style(style) : null);
	}

	@Override
	public void number(int row, int column, long value) {
		row(row).createCell(column).setCellValue(value);
	}

	@Override
	public void link(int row, int column, String target) {
		Hyperlink hyperlink = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		hyperlink.setAddress(target);
		row(row).getCell(column).setHyperlink(hyperlink);
	}

	@Override
	public void height(int row, float points) {
		row(row).setHeightInPoints(points);
	}

	@Override
	public void mergeAcross(int row, int lastColumn) {
		this.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
	}

	@Override
	public void filter(int headerRow, int lastRow, int lastColumn) {
		this.sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
	}

	/** The row of that index, made when first written to. */
	private Row row(int index) {
		if (this.row == null || this.row.getRowNum() != index) {
			this.row = this.sheet.createRow(index);
		}
		return this.row;
	}

	private CellStyle style(ListStyle style) {
		return this.styles.computeIfAbsent(style, (key) -> {
			CellStyle made = this.workbook.createCellStyle();
			if (key.font() != null) {
				made.setFont(font(key.font()));
			}
			if (key.fill() != null) {
				made.setFillForegroundColor(key.fill().getIndex());
				made.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			if (key.wrapped()) {
				made.setWrapText(true);
				made.setVerticalAlignment(key.centred() ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
			}
			return made;
		});
	}

	private Font font(ListFont font) {
		return this.fonts.computeIfAbsent(font, (key) -> {
			Font made = this.workbook.createFont();
			made.setBold(key.bold());
			if (key.points() > 0) {
				made.setFontHeightInPoints((short) key.points());
			}
			if (key.color() != null) {
				made.setColor(key.color().getIndex());
			}
			if (key.underlined()) {
				made.setUnderline(Font.U_SINGLE);
			}
			return made;
		});
	}

}

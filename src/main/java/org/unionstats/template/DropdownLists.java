package org.unionstats.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The choices of a dropdown: written inline when short, otherwise into a column of a
 * hidden sheet referred to by a named range, since Excel limits an inline list to 255
 * characters.
 */
final class DropdownLists {

	static final String SHEET_NAME = "下拉选项";

	static final int INLINE_LIMIT = 255;

	private final XSSFWorkbook workbook;

	private final Map<List<String>, String> rangeNames = new HashMap<>();

	private XSSFSheet sheet;

	DropdownLists(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	DataValidationConstraint constraint(DataValidationHelper helper, String key, List<String> values) {
		if (fitsInline(values)) {
			return helper.createExplicitListConstraint(values.toArray(String[]::new));
		}
		return helper.createFormulaListConstraint(this.rangeNames.computeIfAbsent(values, (v) -> define(key, v)));
	}

	/**
	 * Moves the list sheet, if any, behind the visible ones and hides it; call once all
	 * sheets exist.
	 */
	void finish() {
		if (this.sheet != null) {
			this.workbook.setSheetOrder(SHEET_NAME, this.workbook.getNumberOfSheets() - 1);
			this.workbook.setSheetHidden(this.workbook.getSheetIndex(SHEET_NAME), true);
		}
	}

	private static boolean fitsInline(List<String> values) {
		// Commas and quotes would split or end the inline list.
		boolean plain = values.stream().noneMatch((value) -> value.contains(",") || value.contains("\""));
		return plain && String.join(",", values).length() <= INLINE_LIMIT;
	}

	private String define(String key, List<String> values) {
		XSSFSheet lists = sheet();
		int column = this.rangeNames.size();
		for (int i = 0; i < values.size(); i++) {
			XSSFRow row = (lists.getRow(i) != null) ? lists.getRow(i) : lists.createRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
		String letter = CellReference.convertNumToColString(column);
		Name name = this.workbook.createName();
		name.setNameName(uniqueName("list_" + key));
		name.setRefersToFormula("'%s'!$%s$1:$%s$%d".formatted(SHEET_NAME, letter, letter, values.size()));
		return name.getNameName();
	}

	private String uniqueName(String base) {
		String candidate = base;
		for (int n = 2; this.workbook.getName(candidate) != null; n++) {
			candidate = base + "_" + n;
		}
		return candidate;
	}

	private XSSFSheet sheet() {
		if (this.sheet == null) {
			this.sheet = this.workbook.createSheet(SHEET_NAME);
			this.sheet.enableLocking();
		}
		return this.sheet;
	}

}

package org.unionstats.feedback;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The formulas of a workbook that refer to other sheets, kept as text so they can be
 * parsed again after the sheets are reordered.
 * <p>
 * HSSF's {@code setSheetOrder} leaves its table of sheet references behind, so a formula
 * such as {@code SUM(工会服务站!D3:D4)} would point at another sheet once the issue list is
 * put first. Parsing the text again binds each name to its new position.
 */
final class CrossSheetFormulas {

	private final List<Cell> cells = new ArrayList<>();

	private final List<String> cellFormulas = new ArrayList<>();

	private final List<Name> names = new ArrayList<>();

	private final List<String> nameFormulas = new ArrayList<>();

	private CrossSheetFormulas() {
	}

	static CrossSheetFormulas capture(Workbook workbook) {
		CrossSheetFormulas formulas = new CrossSheetFormulas();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().contains("!")) {
						formulas.cells.add(cell);
						formulas.cellFormulas.add(cell.getCellFormula());
					}
				}
			}
		}
		for (Name name : workbook.getAllNames()) {
			String formula = name.getRefersToFormula();
			if (formula != null && formula.contains("!")) {
				formulas.names.add(name);
				formulas.nameFormulas.add(formula);
			}
		}
		return formulas;
	}

	void restore() {
		for (int i = 0; i < this.cells.size(); i++) {
			int index = i;
			reparse(() -> this.cells.get(index).setCellFormula(this.cellFormulas.get(index)));
		}
		for (int i = 0; i < this.names.size(); i++) {
			int index = i;
			reparse(() -> this.names.get(index).setRefersToFormula(this.nameFormulas.get(index)));
		}
	}

	private static void reparse(Runnable action) {
		try {
			action.run();
		}
		catch (FormulaParseException | IllegalArgumentException ex) {
			// A formula that was already broken (#REF!) stays as it was
		}
	}

}

package org.unionstats.template;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropdownListsTests {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final XSSFSheet sheet = this.workbook.createSheet("职工之家");

	private final DropdownLists lists = new DropdownLists(this.workbook);

	@Test
	void writesAShortListInline() {
		// given
		List<String> levels = List.of("全国模范", "市级模范", "区级模范", "基层");

		// when
		DataValidationConstraint constraint = this.lists.constraint(new XSSFDataValidationHelper(this.sheet), "level",
				levels);
		this.lists.finish();

		// then
		assertThat(constraint.getExplicitListValues()).containsExactlyElementsOf(levels);
		assertThat(this.workbook.getNumberOfSheets()).isEqualTo(1);
		assertThat(this.workbook.getAllNames()).isEmpty();
	}

	@Test
	void putsAListLongerThanExcelAllowsInlineOnAHiddenSheetBehindANamedRange() {
		// given 60 units of 6 characters: 419 characters joined, over Excel's 255
		List<String> units = IntStream.rangeClosed(1, 60).mapToObj((i) -> "单位名称%02d".formatted(i)).toList();
		this.workbook.createSheet("子女托管班");

		// when
		DataValidationConstraint constraint = this.lists.constraint(new XSSFDataValidationHelper(this.sheet),
				"workplace", units);
		DataValidationConstraint again = this.lists.constraint(new XSSFDataValidationHelper(this.sheet), "workplace",
				units);
		this.lists.finish();

		// then
		assertThat(constraint.getValidationType()).isEqualTo(ValidationType.LIST);
		assertThat(constraint.getExplicitListValues()).isNull();
		assertThat(constraint.getFormula1()).isEqualTo("list_workplace");
		assertThat(again.getFormula1()).isEqualTo("list_workplace");
		Name name = this.workbook.getName("list_workplace");
		assertThat(name.getRefersToFormula()).isEqualTo("'下拉选项'!$A$1:$A$60");
		assertThat(this.workbook.getSheetName(2)).isEqualTo(DropdownLists.SHEET_NAME);
		assertThat(this.workbook.isSheetHidden(2)).isTrue();
		XSSFSheet hidden = this.workbook.getSheet(DropdownLists.SHEET_NAME);
		assertThat(IntStream.range(0, 60).mapToObj((r) -> hidden.getRow(r).getCell(0).getStringCellValue()))
			.containsExactlyElementsOf(units);
	}

	@Test
	void putsAListWhoseValuesHoldCommasOnTheHiddenSheet() {
		// when
		DataValidationConstraint constraint = this.lists.constraint(new XSSFDataValidationHelper(this.sheet), "odd",
				List.of("甲,乙", "丙"));

		// then
		assertThat(constraint.getFormula1()).isEqualTo("list_odd");
	}

}

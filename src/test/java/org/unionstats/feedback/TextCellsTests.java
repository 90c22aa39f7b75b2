package org.unionstats.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value from a user is written as text and, when it looks like a formula, stays text
 * even when someone edits the cell.
 */
class TextCellsTests {

	@Test
	void quotePrefixesTextThatLooksLikeAFormulaAfterLeadingWhitespace() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet().createRow(0);
			TextCells cells = new TextCells(workbook);

			Cell plain = cells.write(row, 0, "广安门外");
			Cell formula = cells.write(row, 1, "=1+1");
			Cell tabbed = cells.write(row, 2, "\t=1+1");
			Cell broken = cells.write(row, 3, "\n@SUM(A1)");

			assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(tabbed.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(tabbed.getStringCellValue()).isEqualTo("\t=1+1");
			assertThat(broken.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

}

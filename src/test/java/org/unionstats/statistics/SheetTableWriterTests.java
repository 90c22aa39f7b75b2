package org.unionstats.statistics;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report text is a string cell; text that looks like a formula gets the quote prefix.
 */
class SheetTableWriterTests {

	@Test
	void quotePrefixesTextThatLooksLikeAFormulaEvenAfterLeadingWhitespace() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			SheetTableWriter writer = new SheetTableWriter(sheet, new ReportStyles(workbook),
					List.of(ReportColumn.text("名称", 20), ReportColumn.text("地址", 20), ReportColumn.text("备注", 20),
							ReportColumn.count("数量")),
					0);

			writer.row(new Object[] { "广安门外", "\t=1+1", "=HYPERLINK(\"x\")", 3 });

			Cell plain = sheet.getRow(1).getCell(0);
			Cell tabbed = sheet.getRow(1).getCell(1);
			Cell formula = sheet.getRow(1).getCell(2);
			assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(tabbed.getCellType()).isEqualTo(CellType.STRING);
			assertThat(tabbed.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(tabbed.getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

}

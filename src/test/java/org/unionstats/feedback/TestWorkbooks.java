package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

/**
 * Small submission workbooks and issues for the feedback tests.
 */
final class TestWorkbooks {

	static final String STATIONS = "工会服务站";

	static final String PROFILE = "基本情况";

	private TestWorkbooks() {
	}

	static Path xlsx(Path folder, int dataRows) throws IOException {
		return save(new XSSFWorkbook(), folder.resolve("广安门外街道2017.xlsx"), dataRows);
	}

	static Path xls(Path folder, int dataRows) throws IOException {
		return save(new HSSFWorkbook(), folder.resolve("广安门外街道2017.xls"), dataRows);
	}

	/**
	 * A profile sheet and a station sheet whose title is row 1, header row 2 and data
	 * from row 3: column D is the area, column F the opening date (formatted).
	 */
	static Path save(Workbook workbook, Path file, int dataRows) throws IOException {
		try (workbook) {
			Sheet profile = workbook.createSheet(PROFILE);
			row(profile, 0, "项目", "数值");
			row(profile, 1, "模板版本", "1");
			row(profile, 2, "街道代码", "110102020");
			Sheet stations = workbook.createSheet(STATIONS);
			// After the sheet exists: HSSF resolves sheet names when parsing a formula
			row(profile, 3, "合计面积").createCell(1).setCellFormula("SUM('" + STATIONS + "'!D3:D4)");
			Name areas = workbook.createName();
			areas.setNameName("站点面积");
			areas.setRefersToFormula("'" + STATIONS + "'!$D$3:$D$12");
			row(stations, 0, "广安门外街道工会服务站情况表");
			row(stations, 1, "编号", "名称", "地址", "面积（平方米）", "工作人员数", "启用日期");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			for (int i = 0; i < dataRows; i++) {
				Row row = row(stations, i + 2, "GAW-" + i, "服务站" + i, "广安门外大街" + i + "号");
				row.createCell(3).setCellValue(100 + i);
				row.createCell(4).setCellValue(3);
				Cell opened = row.createCell(5);
				opened.setCellValue(LocalDate.of(2017, 6, 21));
				opened.setCellStyle(date);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	static Issue cellIssue(IssueCode code, String sheet, String cellRef, String value) {
		int row = Integer.parseInt(cellRef.replaceAll("[A-Z]", ""));
		return new Issue(code, code.severity(), sheet, cellRef, row, "面积（平方米）", value, "面积超出范围：" + value,
				"Area out of range: " + value);
	}

	static Issue fileIssue(IssueCode code, String zh, String en) {
		return new Issue(code, code.severity(), null, null, null, null, null, zh, en);
	}

	static Issue rowIssue(IssueCode code, String sheet, int row) {
		return new Issue(code, code.severity(), sheet, null, row, null, null, "第" + row + "行合计与数据行数不符",
				"Row " + row + ": the total does not match the data rows");
	}

	/** Opens a workbook from its bytes, leaving the file untouched. */
	static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
	}

	/** Every string shown in a sheet. */
	static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

}

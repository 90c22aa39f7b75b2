package org.unionstats.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.TemplateV1;

/**
 * Reads generated templates back the way the assertions need them.
 */
final class TemplateWorkbooks {

	private static final DataFormatter FORMATTER = new DataFormatter();

	private TemplateWorkbooks() {
	}

	static XSSFWorkbook open(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> sheetNames(XSSFWorkbook workbook) {
		return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
	}

	/** The value cell of a profile field, by its label. */
	static XSSFCell profileCell(XSSFWorkbook workbook, String label) {
		XSSFSheet sheet = workbook.getSheet(TemplateV1.PROFILE_SHEET);
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1);
			}
		}
		throw new AssertionError("no profile row " + label);
	}

	/** The data rows of a facility sheet, as text by header. */
	static List<Map<String, String>> rows(XSSFWorkbook workbook, String sheetName) {
		XSSFSheet sheet = workbook.getSheet(sheetName);
		XSSFRow header = sheet.getRow(0);
		return IntStream.rangeClosed(1, sheet.getLastRowNum())
			.mapToObj(sheet::getRow)
			.filter((row) -> row != null)
			.map((row) -> {
				Map<String, String> values = new LinkedHashMap<>();
				for (int c = 0; c < header.getLastCellNum(); c++) {
					values.put(header.getCell(c).getStringCellValue(), FORMATTER.formatCellValue(row.getCell(c)));
				}
				return values;
			})
			.toList();
	}

	/** The validation covering a column of a facility sheet, found by header. */
	static DataValidation validationOf(XSSFSheet sheet, String header) {
		int column = columnOf(sheet, header);
		return sheet.getDataValidations()
			.stream()
			.filter((validation) -> covers(validation, column))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no validation on " + header));
	}

	static CellRangeAddress onlyRegion(DataValidation validation) {
		CellRangeAddress[] regions = validation.getRegions().getCellRangeAddresses();
		if (regions.length != 1) {
			throw new AssertionError("expected one region, got " + regions.length);
		}
		return regions[0];
	}

	static int columnOf(XSSFSheet sheet, String header) {
		XSSFRow row = sheet.getRow(0);
		for (int c = 0; c < row.getLastCellNum(); c++) {
			if (header.equals(row.getCell(c).getStringCellValue())) {
				return c;
			}
		}
		throw new AssertionError("no column " + header);
	}

	/** The text of every part of the package whose name matches. */
	static Map<String, String> packageParts(Path file, String namePrefix) {
		Map<String, String> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith(namePrefix)) {
					parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	static String instructionsText(XSSFWorkbook workbook) {
		StringBuilder text = new StringBuilder();
		workbook.getSheet("填报说明").forEach((row) -> row.forEach((cell) -> text.append(cell).append('\n')));
		return text.toString();
	}

	private static boolean covers(DataValidation validation, int column) {
		for (CellRangeAddress region : validation.getRegions().getCellRangeAddresses()) {
			if (region.getFirstColumn() <= column && column <= region.getLastColumn()) {
				return true;
			}
		}
		return false;
	}

}

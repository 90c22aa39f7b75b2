package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import static org.assertj.core.api.Assertions.assertThat;

class TempFileStringsWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void textsReadBackAsWrittenFromSharedStringsWithRepeatsShared() throws IOException {
		List<String> texts = List.of("错误 / Error", "a & b <c> \"d\" 'e'", "  spaces around  ",
				"line\r\nbreaks\tand tab", "😀 outside the BMP", "");
		Path file = this.folder.resolve("list.xlsx");

		write(file, 300, texts);

		try (XSSFWorkbook workbook = (XSSFWorkbook) TestWorkbooks.open(file)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(299);
			for (Row row : sheet) {
				for (int column = 0; column < texts.size(); column++) {
					XSSFCell cell = (XSSFCell) row.getCell(column);
					assertThat(cell.getCTCell().getT()).isEqualTo(STCellType.S);
					assertThat(cell.getStringCellValue()).isEqualTo(texts.get(column));
				}
				assertThat(row.getCell(texts.size()).getStringCellValue()).isEqualTo("row " + row.getRowNum());
			}
			assertThat(workbook.getSharedStringSource().getCount()).isEqualTo(300 * (texts.size() + 1));
			assertThat(workbook.getSharedStringSource().getUniqueCount()).isEqualTo(texts.size() + 300);
		}
	}

	@Test
	void charactersXmlCannotCarryBecomeQuestionMarksAsInPoisOwnTable() throws IOException {
		Path file = this.folder.resolve("list.xlsx");

		write(file, 1, List.of("bell\u0007 nul\u0000 lone\uD800 end"));

		try (XSSFWorkbook workbook = (XSSFWorkbook) TestWorkbooks.open(file)) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("bell? nul? lone? end");
		}
	}

	@Test
	void leavesNoTemporaryFileBehind() throws IOException {
		// POI's temporary files in a folder of this test's own: the shared one sees other
		// processes' files come and go.
		Path temporary = Files.createDirectories(this.folder.resolve("poi-temp"));
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
		try {
			write(this.folder.resolve("list.xlsx"), 10, List.of("x"));
		}
		finally {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
		}

		try (Stream<Path> left = Files.walk(temporary)) {
			assertThat(left.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().startsWith("unionstats-strings"))).isEmpty();
		}
	}

	private static void write(Path file, int rows, List<String> texts) throws IOException {
		try (TempFileStringsWorkbook workbook = TempFileStringsWorkbook.create(50);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("校验结果");
			for (int index = 0; index < rows; index++) {
				Row row = sheet.createRow(index);
				for (int column = 0; column < texts.size(); column++) {
					row.createCell(column).setCellValue(texts.get(column));
				}
				row.createCell(texts.size()).setCellValue("row " + index);
			}
			workbook.write(out);
		}
	}

}

package org.unionstats.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 4180 CSV with a byte-order mark, and text that no spreadsheet runs.
 */
class CsvTableWriterTests {

	@TempDir
	Path directory;

	@Test
	void startsWithTheUtf8ByteOrderMarkAndTheHeader() throws IOException {
		Path file = write(List.of("区名称", "运行数"), new Object[] { "东城区", 12 });

		byte[] bytes = Files.readAllBytes(file);

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("区名称,运行数\r\n东城区,12\r\n");
	}

	@Test
	void quotesCommasQuotesAndLineBreaks() throws IOException {
		Path file = write(List.of("a", "b", "c", "d"), new Object[] { "x,y", "say \"hi\"", "two\nlines", "cr\rhere" });

		assertThat(content(file)).endsWith("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
	}

	@Test
	void prefixesTextThatASpreadsheetWouldRunButKeepsNumbers() throws IOException {
		Path file = write(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
				new Object[] { "=1+2", "+86 10", "-cmd", "@SUM(A1)", "\tx", -12, new BigDecimal("0.3750"), null });

		assertThat(content(file)).endsWith("'=1+2,'+86 10,'-cmd,'@SUM(A1),'\tx,-12,0.3750,\r\n");
	}

	@Test
	void prefixesTextThatASpreadsheetWouldRunAfterLeadingWhitespace() throws IOException {
		Path file = write(List.of("a", "b", "c"), new Object[] { "\n=1+1", " +1", "\u3000@x" });

		assertThat(content(file)).endsWith("\"'\n=1+1\",' +1,'\u3000@x\r\n");
	}

	private Path write(List<String> headers, Object[] row) throws IOException {
		Path file = this.directory.resolve("table.csv");
		try (CsvTableWriter writer = new CsvTableWriter(file, headers)) {
			writer.row(row);
		}
		return file;
	}

	private static String content(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}

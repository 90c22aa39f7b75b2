package org.unionstats.statistics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one report table as RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel
 * needs to read Chinese text correctly; rows are streamed, never held.
 */
final class CsvTableWriter implements Closeable {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final BufferedWriter writer;

	CsvTableWriter(Path file, List<String> headers) {
		try {
			this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			this.writer.write(BYTE_ORDER_MARK);
			row(headers.toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	void row(Object[] values) {
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.writer.write(',');
				}
				this.writer.write(field(values[i]));
			}
			this.writer.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return quoted(FormulaGuard.neutralize(value.toString()));
	}

	private static String quoted(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws IOException {
		this.writer.close();
	}

}

package org.unionstats.statistics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one report table as RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel
 * needs to read Chinese text correctly; rows are streamed, never held.
 */
final class CsvTableWriter implements Closeable {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final CSVPrinter printer;

	CsvTableWriter(Path file, List<String> headers) {
		try {
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			writer.write(BYTE_ORDER_MARK);
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			row(headers.toArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	void row(Object[] values) {
		try {
			this.printer.printRecord(Arrays.stream(values).map(CsvTableWriter::field));
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
		return FormulaGuard.neutralize(value.toString());
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}

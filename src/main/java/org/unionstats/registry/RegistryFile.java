package org.unionstats.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.unionstats.UserFacingException;

/**
 * Reads a registry file: RFC 4180 CSV in UTF-8 (a byte-order mark allowed) with the
 * header {@code code,name,district_code,district_name}, checking every line and naming
 * each bad one.
 */
final class RegistryFile {

	private static final List<String> HEADER = List.of("code", "name", "district_code", "district_name");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setTrim(true)
		.get();

	private static final int MAX_REPORTED_ERRORS = 20;

	private final Path file;

	private final List<FederationEntry> entries = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	private final Map<String, Long> firstLine = new LinkedHashMap<>();

	private RegistryFile(Path file) {
		this.file = file;
	}

	/**
	 * The federations of the file, in its order.
	 * @throws UserFacingException naming the bad lines, or saying why the file cannot be
	 * read
	 */
	static List<FederationEntry> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new UserFacingException("registry file " + file + " does not exist or is not a file", 2);
		}
		return new RegistryFile(file).entries();
	}

	private List<FederationEntry> entries() {
		try (CSVParser parser = CSVParser.builder()
			.setReader(withoutByteOrderMark(Files.newBufferedReader(this.file, StandardCharsets.UTF_8)))
			.setFormat(FORMAT)
			.get()) {
			readRecords(parser);
		}
		catch (CharacterCodingException ex) {
			throw notUtf8();
		}
		catch (IOException ex) {
			throw new UserFacingException("cannot read " + this.file + ": " + ex.getMessage(), 1);
		}
		if (!this.errors.isEmpty()) {
			String shown = String.join("\n", this.errors.subList(0, Math.min(this.errors.size(), MAX_REPORTED_ERRORS)));
			String more = (this.errors.size() > MAX_REPORTED_ERRORS)
					? "\n... and " + (this.errors.size() - MAX_REPORTED_ERRORS) + " more" : "";
			throw new UserFacingException(
					"registry not imported, " + this.errors.size() + " bad line(s):\n" + shown + more, 1);
		}
		if (this.entries.isEmpty()) {
			throw new UserFacingException(this.file + ": no federations in the file", 1);
		}
		return this.entries;
	}

	private void readRecords(CSVParser parser) {
		Iterator<CSVRecord> records = parser.iterator();
		long lineNo = 0;
		try {
			if (!records.hasNext() || !HEADER.equals(records.next().toList())) {
				throw new UserFacingException(this.file + " line 1: the header must be " + String.join(",", HEADER), 1);
			}
			while (records.hasNext()) {
				List<String> fields = records.next().toList();
				lineNo = parser.getCurrentLineNumber();
				check(fields, lineNo);
			}
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw notUtf8();
			}
			// The rest of the file is one unfinished field: nothing after it can be read.
			this.errors.add(this.file + " line " + (lineNo + 1) + ": a quoted field is not closed");
		}
	}

	private void check(List<String> fields, long lineNo) {
		String error = problem(fields, lineNo);
		if (error != null) {
			this.errors.add(this.file + " line " + lineNo + ": " + error);
		}
	}

	private @Nullable String problem(List<String> fields, long lineNo) {
		if (fields.size() != HEADER.size()) {
			return "expected 4 fields (code,name,district_code,district_name), found " + fields.size();
		}
		FederationEntry entry = new FederationEntry(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
		if (!entry.code().matches("\\d{9}")) {
			return "code '" + entry.code() + "' must be a 9-digit division code";
		}
		if (!entry.districtCode().matches("\\d{6}")) {
			return "district_code '" + entry.districtCode() + "' must be a 6-digit division code";
		}
		if (!entry.code().startsWith(entry.districtCode())) {
			return "code " + entry.code() + " does not belong to district " + entry.districtCode();
		}
		if (entry.name().isEmpty() || entry.districtName().isEmpty()) {
			return "name and district_name must not be empty";
		}
		Long earlier = this.firstLine.putIfAbsent(entry.code(), lineNo);
		if (earlier != null) {
			return "code " + entry.code() + " already given on line " + earlier;
		}
		this.entries.add(entry);
		return null;
	}

	private UserFacingException notUtf8() {
		return new UserFacingException(this.file + " is not UTF-8 text: save it as CSV UTF-8", 1);
	}

	/** Excel's "CSV UTF-8" starts with one. */
	private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

}

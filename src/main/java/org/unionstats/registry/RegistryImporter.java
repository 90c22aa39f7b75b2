package org.unionstats.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.unionstats.UserFacingException;

/**
 * Loads districts and federations from a CSV file
 * ({@code code,name,district_code,district_name}), all or nothing, idempotently.
 */
@Component
public class RegistryImporter {

	private static final List<String> HEADER = List.of("code", "name", "district_code", "district_name");

	private static final int MAX_REPORTED_ERRORS = 20;

	private final JdbcClient jdbc;

	RegistryImporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public RegistryImport importFile(Path file) {
		List<FederationEntry> entries = read(file);
		Map<String, String> districts = new LinkedHashMap<>();
		entries.forEach((entry) -> districts.put(entry.districtCode(), entry.districtName()));
		districts.forEach((code, name) -> this.jdbc.sql("""
				INSERT INTO core.district (district_code, district_name) VALUES (:code, :name)
				ON CONFLICT (district_code) DO UPDATE SET district_name = EXCLUDED.district_name, updated_at = now()
				WHERE core.district.district_name IS DISTINCT FROM EXCLUDED.district_name""")
			.param("code", code)
			.param("name", name)
			.update());
		int inserted = 0;
		int updated = 0;
		for (FederationEntry entry : entries) {
			Boolean wasInserted = this.jdbc
				.sql("""
						INSERT INTO core.federation (federation_code, federation_name, district_code)
						VALUES (:code, :name, :district)
						ON CONFLICT (federation_code) DO UPDATE
						SET federation_name = EXCLUDED.federation_name, district_code = EXCLUDED.district_code, updated_at = now()
						WHERE (core.federation.federation_name, core.federation.district_code)
						      IS DISTINCT FROM (EXCLUDED.federation_name, EXCLUDED.district_code)
						RETURNING (xmax = 0)""")
				.param("code", entry.code())
				.param("name", entry.name())
				.param("district", entry.districtCode())
				.query(Boolean.class)
				.optional()
				.orElse(null);
			if (Boolean.TRUE.equals(wasInserted)) {
				inserted++;
			}
			else if (wasInserted != null) {
				updated++;
			}
		}
		return new RegistryImport(districts.size(), entries.size(), inserted, updated);
	}

	private List<FederationEntry> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new UserFacingException("registry file " + file + " does not exist or is not a file", 2);
		}
		List<FederationEntry> entries = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		Map<String, Integer> firstLine = new LinkedHashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null || !HEADER.equals(CsvLines.split(stripBom(header)))) {
				throw new UserFacingException(file + " line 1: the header must be " + String.join(",", HEADER), 1);
			}
			int lineNo = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNo++;
				if (line.isBlank()) {
					continue;
				}
				String error = check(CsvLines.split(line), lineNo, firstLine, entries);
				if (error != null) {
					errors.add(file + " line " + lineNo + ": " + error);
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new UserFacingException(file + " is not UTF-8 text: save it as CSV UTF-8", 1);
		}
		catch (IOException ex) {
			throw new UserFacingException("cannot read " + file + ": " + ex.getMessage(), 1);
		}
		if (!errors.isEmpty()) {
			String shown = String.join("\n", errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
			String more = (errors.size() > MAX_REPORTED_ERRORS)
					? "\n... and " + (errors.size() - MAX_REPORTED_ERRORS) + " more" : "";
			throw new UserFacingException("registry not imported, " + errors.size() + " bad line(s):\n" + shown + more,
					1);
		}
		if (entries.isEmpty()) {
			throw new UserFacingException(file + ": no federations in the file", 1);
		}
		return entries;
	}

	private static String check(List<String> fields, int lineNo, Map<String, Integer> firstLine,
			List<FederationEntry> entries) {
		if (fields == null) {
			return "a quoted field is not closed";
		}
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
		Integer earlier = firstLine.putIfAbsent(entry.code(), lineNo);
		if (earlier != null) {
			return "code " + entry.code() + " already given on line " + earlier;
		}
		entries.add(entry);
		return null;
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

}

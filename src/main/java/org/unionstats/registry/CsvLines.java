package org.unionstats.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180: double quotes around fields, doubled quotes inside).
 */
final class CsvLines {

	private CsvLines() {
	}

	/** The fields of the line, or {@code null} when a quoted field is not closed. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString().trim());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		fields.add(field.toString().trim());
		return fields;
	}

}

package org.unionstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/**
 * The console's queries, one {@code .sql} file each under {@code console/sql/}.
 */
final class ConsoleSql {

	private static final Map<String, String> loaded = new ConcurrentHashMap<>();

	private ConsoleSql() {
	}

	static String named(String name) {
		return loaded.computeIfAbsent(name, ConsoleSql::load);
	}

	private static String load(String name) {
		try {
			return new ClassPathResource("console/sql/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.unionstats.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already holds exactly the migrations this build ships, as Flyway
 * records them: then Flyway's migrate would find nothing to do, and a command may leave
 * Flyway out (it loads some 1,400 classes and reads every migration at each start). Any
 * doubt answers no and Flyway runs as before: a Flyway setting other than the ones read
 * here, a file in the migrations folder that is not a plain SQL migration, a migration
 * not applied, failed, changed or unknown to this build, a history the user may not read.
 * <p>
 * A repeatable migration's checksum is taken after its placeholders are replaced, as
 * Flyway does, so that a changed placeholder applies it again.
 */
public final class MigrationsUpToDate {

	/** Added ahead of every other property source when the database is up to date. */
	static final String PROPERTY_SOURCE = "unionstats.migrations-up-to-date";

	private static final String LOCATION = "classpath*:db/migration/**";

	private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__(.+)\\.sql");

	private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

	private static final ConfigurationPropertyName FLYWAY = ConfigurationPropertyName.of("spring.flyway");

	/** The Flyway settings this check understands; any other makes Flyway decide. */
	private static final Set<String> UNDERSTOOD = Set.of("enabled", "schemas", "placeholders", "user", "password");

	private static final String HISTORY = "SELECT version, description, type, checksum, success"
			+ " FROM public.flyway_schema_history ORDER BY installed_rank";

	private MigrationsUpToDate() {
	}

	/**
	 * Turns Flyway off for this start ({@code spring.flyway.enabled=false}, ahead of
	 * every other setting) when the database reached through {@code connection} is up to
	 * date; otherwise leaves the environment as it is.
	 */
	public static void leaveFlywayOutIfUpToDate(ConfigurableEnvironment environment, Connection connection) {
		if (environment.getProperty("spring.flyway.enabled", Boolean.class, true)
				&& isUpToDate(environment, connection)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("spring.flyway.enabled", "false")));
		}
	}

	static boolean isUpToDate(ConfigurableEnvironment environment, Connection connection) {
		try {
			if (!onlyUnderstoodSettings(environment)) {
				return false;
			}
			Map<String, String> placeholders = Binder.get(environment)
				.bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class))
				.orElse(Map.of());
			Migrations shipped = shipped(placeholders);
			return shipped != null && shipped.equals(applied(connection));
		}
		catch (RuntimeException ex) {
			// A Flyway setting that does not bind, say: Flyway's start will say so.
			return false;
		}
	}

	private static boolean onlyUnderstoodSettings(ConfigurableEnvironment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				boolean other = iterable.filter(FLYWAY::isAncestorOf)
					.stream()
					.anyMatch(
							(name) -> !UNDERSTOOD.contains(name.getElement(2, ConfigurationPropertyName.Form.UNIFORM)));
				if (other) {
					return false;
				}
			}
		}
		String[] schemas = environment.getProperty("spring.flyway.schemas", String[].class, new String[0]);
		return schemas.length == 0 || (schemas.length == 1 && "public".equals(schemas[0]));
	}

	/** The migrations in the jar, or null when one of them is not understood here. */
	private static @Nullable Migrations shipped(Map<String, String> placeholders) {
		Migrations migrations = new Migrations();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(MigrationsUpToDate.class.getClassLoader())
				.getResources(LOCATION);
			for (Resource resource : resources) {
				String name = resource.getFilename();
				if (name == null || name.isEmpty() || !resource.isReadable()) {
					// A folder.
					continue;
				}
				Matcher versioned = VERSIONED.matcher(name);
				Matcher repeatable = REPEATABLE.matcher(name);
				if (versioned.matches()) {
					String version = versioned.group(1).replace('_', '.');
					Applied migration = new Applied(description(versioned.group(2)), checksum(read(resource)));
					if (migrations.versioned.put(version, migration) != null) {
						return null;
					}
				}
				else if (repeatable.matches()) {
					byte[] replaced = replacePlaceholders(read(resource), placeholders);
					if (replaced == null || migrations.repeatable.put(description(repeatable.group(1)),
							checksum(replaced)) != null) {
						return null;
					}
				}
				else {
					// A callback (afterMigrate.sql, ...) runs even when nothing is
					// migrated.
					return null;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return null;
		}
		return migrations;
	}

	/** The migrations the database records, or null when it records anything else. */
	private static @Nullable Migrations applied(Connection connection) {
		Migrations migrations = new Migrations();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(HISTORY)) {
			while (rows.next()) {
				String version = rows.getString("version");
				String description = rows.getString("description");
				int checksum = rows.getInt("checksum");
				boolean noChecksum = rows.wasNull();
				if (!rows.getBoolean("success") || !"SQL".equals(rows.getString("type")) || noChecksum) {
					return null;
				}
				if (version == null) {
					// A repeatable migration applied again: the latest row counts.
					migrations.repeatable.put(description, checksum);
				}
				else if (migrations.versioned.put(version, new Applied(description, checksum)) != null) {
					return null;
				}
			}
		}
		catch (SQLException ex) {
			// No history yet, or not readable by this user: Flyway will tell.
			return null;
		}
		return migrations;
	}

	private static String description(String fromFileName) {
		return fromFileName.replace('_', ' ');
	}

	private static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The script with its placeholders replaced, or null if one has no value here. Works
	 * on the bytes seen as ISO-8859-1 (one char a byte), so that the script is never
	 * decoded.
	 */
	private static byte @Nullable [] replacePlaceholders(byte[] script, Map<String, String> placeholders) {
		String bytes = new String(script, StandardCharsets.ISO_8859_1);
		StringBuilder replaced = new StringBuilder(bytes.length());
		int from = 0;
		for (int start = bytes.indexOf("${"); start >= 0; start = bytes.indexOf("${", from)) {
			int end = bytes.indexOf('}', start);
			if (end < 0) {
				return null;
			}
			String value = placeholders.get(new String(script, start + 2, end - start - 2, StandardCharsets.UTF_8));
			if (value == null) {
				return null;
			}
			replaced.append(bytes, from, start)
				.append(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
			from = end + 1;
		}
		replaced.append(bytes, from, bytes.length());
		return replaced.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * Flyway's checksum of a script in UTF-8: Flyway reads it line by line and feeds each
	 * line without its line break to a CRC-32, after dropping a byte order mark; that is
	 * the CRC-32 of the bytes without CR and LF. (A script that is not valid UTF-8 gets
	 * another checksum from Flyway, so it is never taken as applied here.)
	 */
	static int checksum(byte[] script) {
		int start = (script.length >= 3 && script[0] == (byte) 0xEF && script[1] == (byte) 0xBB
				&& script[2] == (byte) 0xBF) ? 3 : 0;
		// One char a byte, for String's quick search of line breaks.
		String bytes = new String(script, StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		int nextLf = bytes.indexOf('\n', start);
		int nextCr = bytes.indexOf('\r', start);
		int from = start;
		while (from < script.length) {
			if (nextLf >= 0 && nextLf < from) {
				nextLf = bytes.indexOf('\n', from);
			}
			if (nextCr >= 0 && nextCr < from) {
				nextCr = bytes.indexOf('\r', from);
			}
			int end = min(nextLf, nextCr, script.length);
			crc.update(script, from, end - from);
			from = end + 1;
		}
		return (int) crc.getValue();
	}

	/** The smallest of the positions found (a negative one was not found). */
	private static int min(int lf, int cr, int length) {
		int end = length;
		if (lf >= 0) {
			end = Math.min(end, lf);
		}
		if (cr >= 0) {
			end = Math.min(end, cr);
		}
		return end;
	}

	private record Applied(String description, int checksum) {
	}

	/** Versioned migrations by version, repeatable ones' checksums by description. */
	private record Migrations(Map<String, Applied> versioned, Map<String, Integer> repeatable) {

		Migrations() {
			this(new HashMap<>(), new HashMap<>());
		}

	}

}

package org.unionstats.scheduling;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.unionstats.UserFacingException;

/**
 * Reads the {@code jobs/} folder into a {@link JobCatalogue}, refusing anything an
 * operator could have mistyped with one line naming the file and the field.
 */
final class JobCatalogueReader {

	/** The job parameter every scheduled run gets; a catalogue may not set it. */
	public static final String FIRE_TIME = "fireTime";

	private static final Set<String> REQUIRED = Set.of("name", "cron", "parameters", "description");

	private static final Set<String> FIELDS = Set.of("name", "cron", "parameters", "description", "enabled");

	public JobCatalogue read(Path folder, Set<String> knownJobNames) {
		List<JobDefinition> definitions = new ArrayList<>();
		Map<String, Path> ids = new HashMap<>();
		for (Path file : yamlFiles(folder)) {
			JobDefinition definition = readFile(file);
			Path clash = ids.putIfAbsent(definition.id(), file);
			if (clash != null) {
				throw new UserFacingException(file + ": defines job '" + definition.id() + "' again (also " + clash
						+ "); keep one file per job");
			}
			if (!knownJobNames.contains(definition.jobName())) {
				throw invalid(file, "name", "no batch job named '" + definition.jobName() + "' (known: "
						+ String.join(", ", new TreeSet<>(knownJobNames)) + ")");
			}
			definitions.add(definition);
		}
		return new JobCatalogue(definitions);
	}

	private List<Path> yamlFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new UserFacingException("jobs folder " + folder.toAbsolutePath().normalize()
					+ " does not exist; create it or set unionstats.scheduling.jobs-dir");
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(JobCatalogueReader::isYaml).sorted().toList();
		}
		catch (IOException ex) {
			throw new UserFacingException("cannot list jobs folder " + folder + ": " + ex.getMessage());
		}
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".yaml"));
	}

	JobDefinition readFile(Path file) {
		Map<?, ?> fields = load(file);
		for (Object field : fields.keySet()) {
			if (!FIELDS.contains(String.valueOf(field))) {
				throw invalid(file, String.valueOf(field),
						"unknown field (expected " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
			}
		}
		for (String field : new TreeSet<>(REQUIRED)) {
			if (fields.get(field) == null) {
				throw invalid(file, field, "missing");
			}
		}
		String name = text(file, fields, "name");
		String cron = cron(file, text(file, fields, "cron"));
		String description = text(file, fields, "description");
		if (description.contains("\n")) {
			throw invalid(file, "description", "must be one line");
		}
		return new JobDefinition(id(file), name, cron, parameters(file, fields.get("parameters")), description,
				enabled(file, fields.get("enabled")), file);
	}

	private static Map<?, ?> load(Path file) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (yaml.load(reader) instanceof Map<?, ?> fields) {
				return fields;
			}
			throw new UserFacingException(file + ": not a YAML map of name, cron, parameters, description");
		}
		catch (YAMLException ex) {
			throw new UserFacingException(file + ": not valid YAML: " + oneLine(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UserFacingException("cannot read " + file + ": " + ex.getMessage());
		}
	}

	private static String text(Path file, Map<?, ?> fields, String field) {
		Object value = fields.get(field);
		if (value instanceof Map || value instanceof List || value.toString().isBlank()) {
			throw invalid(file, field, "must be a non-empty text");
		}
		return value.toString().strip();
	}

	private static String cron(Path file, String cron) {
		try {
			CronExpression.validateExpression(cron);
			return cron;
		}
		catch (ParseException ex) {
			throw invalid(file, "cron", "'" + cron + "' is not a Quartz cron expression (" + oneLine(ex.getMessage())
					+ "); use 6-7 fields: seconds minutes hours day-of-month month day-of-week [year]");
		}
	}

	private static Map<String, String> parameters(Path file, Object value) {
		if (!(value instanceof Map<?, ?> entries)) {
			throw invalid(file, "parameters", "must be a map of names to values, e.g. {} or {period: 2017-Q3}");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		entries.forEach((name, parameter) -> {
			if (parameter == null || parameter instanceof Map || parameter instanceof List) {
				throw invalid(file, "parameters." + name, "must be a single value");
			}
			if (FIRE_TIME.equals(String.valueOf(name))) {
				throw invalid(file, "parameters." + name, "is set by the scheduler on every run");
			}
			parameters.put(String.valueOf(name), parameter.toString());
		});
		return parameters;
	}

	private static boolean enabled(Path file, Object value) {
		if (value == null) {
			return true;
		}
		if (value instanceof Boolean enabled) {
			return enabled;
		}
		throw invalid(file, "enabled", "must be true or false");
	}

	private static String id(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	private static UserFacingException invalid(Path file, String field, String problem) {
		return new UserFacingException(file + ": field '" + field + "': " + problem);
	}

	private static String oneLine(String message) {
		return String.valueOf(message).replaceAll("\\s+", " ").strip();
	}

}

package org.unionstats.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.unionstats.UnionStatsApplication;
import org.unionstats.ingest.IngestLauncher;
import org.unionstats.ingest.IngestSummary;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.SubmissionProfile;
import org.unionstats.workbook.SubmissionWorkbookWriter;

import static org.unionstats.support.Submissions.childcareClass;
import static org.unionstats.support.Submissions.motherBabyRoom;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;
import static org.unionstats.support.Submissions.workerHome;

/**
 * End-to-end ingest throughput on generated workbooks, in a database of its own:
 * {@code beijing} (349 workbooks, about 26,000 facility rows), {@code large} (one
 * workbook of 100,000 rows; {@code large50000} one of 50,000) and {@code small} (2,000
 * small workbooks; {@code one}: one of them, a pass's fixed cost). Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=IngestBenchmark -Dbench.args="beijing large small"};
 * with {@code -Dbench.generate=DIR} it only writes each scenario's drop folder and
 * registry under {@code DIR/<scenario>/}, for {@code src/test/bench/jar-vs-pandas.sh}.
 */
public final class IngestBenchmark {

	/**
	 * The public list of township-level units ({@code code,name,areaCode,...}), e.g. the
	 * national administrative-division list; system property {@code bench.subdistricts}.
	 */
	private static final Path SUBDISTRICTS = Path
		.of(System.getProperty("bench.subdistricts", "china-subdistricts.csv"));

	/**
	 * The matching list of districts ({@code code,name,...}); system property
	 * {@code bench.districts}.
	 */
	private static final Path DISTRICTS = Path.of(System.getProperty("bench.districts", "china-districts.csv"));

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> scenarios = (args.length > 0) ? List.of(args) : List.of("beijing", "large", "small");
		for (String scenario : scenarios) {
			run(scenario);
		}
	}

	private static void run(String scenario) throws Exception {
		String generateOnly = System.getProperty("bench.generate");
		Path work = (generateOnly != null) ? Files.createDirectories(Path.of(generateOnly).resolve(scenario))
				: Files.createTempDirectory("unionstats-bench-" + scenario);
		List<String[]> federations = federations(switch (scenario) {
			case "small" -> 2000;
			case "one" -> 1;
			default -> 349;
		}, scenario.equals("small") ? "" : "11");
		Path registry = writeRegistry(work.resolve("registry.csv"), federations);
		long rows = generate(scenario, work.resolve("drop"), federations);
		if (generateOnly != null) {
			System.out.printf("%-8s generated %d workbooks, %d rows, in %s%n", scenario, federations.size(), rows,
					work);
			return;
		}
		String database = "unionstats_bench_" + scenario;
		recreate(database);
		try (ConfigurableApplicationContext context = start(database)) {
			context.getBean(RegistryImporter.class).importFile(registry);
			long started = System.nanoTime();
			IngestSummary summary = context.getBean(IngestLauncher.class).runOnce(work.resolve("drop"));
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("%-8s files=%d accepted=%d rows=%d wall=%.1fs rows/s=%.0f files/s=%.1f heap-max=%dMB%n",
					scenario, summary.files().size(), summary.count("ACCEPTED"), rows, seconds, rows / seconds,
					summary.files().size() / seconds, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static long generate(String scenario, Path dropRoot, List<String[]> federations) throws IOException {
		long rows = 0;
		int perFederation = switch (scenario) {
			case "beijing" -> 75;
			case "small", "one" -> 3;
			default -> largeRows(scenario);
		};
		List<String[]> writers = scenario.startsWith("large") ? federations.subList(0, 1) : federations;
		for (String[] federation : writers) {
			List<FacilityRow> facilities = facilities(federation[1], perFederation);
			SubmissionProfile profile = profile(federation[0], federation[1], federation[3], "2017", 500, 5000);
			SubmissionWorkbookWriter.write(dropRoot.resolve("inbox").resolve(federation[0]).resolve("2017.xlsx"),
					profile, facilities);
			rows += facilities.size();
		}
		return rows;
	}

	/**
	 * {@code large} is one workbook of 100,000 rows; {@code large50000} one of 50,000.
	 */
	private static int largeRows(String scenario) {
		String rows = scenario.substring("large".length());
		return rows.isEmpty() ? 100_000 : Integer.parseInt(rows);
	}

	/**
	 * Facilities named after their federation, as real ones are: identical names and
	 * addresses across federations would make every row FACILITY_CLAIMED_ELSEWHERE.
	 */
	static List<FacilityRow> facilities(String federationName, int count) {
		List<FacilityRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String code = "F" + i;
			String name = federationName + i;
			rows.add(switch (i % 5) {
				case 0 -> serviceStation(code, name + "服务站", "运行");
				case 1 -> warmStation(code, name + "驿站", "运行");
				case 2 -> workerHome(code, name + "职工之家", "运行");
				case 3 -> motherBabyRoom(code, name + "母婴室", "运行");
				default -> childcareClass(code, name + "托管班", java.time.LocalDate.of(2017, 7, 1),
						java.time.LocalDate.of(2017, 8, 1));
			});
		}
		rows.sort((a, b) -> Integer.compare(a.type().ordinal(), b.type().ordinal()));
		return rows;
	}

	/** Federations from the public list: code, name, district code, district name. */
	static List<String[]> federations(int count, String provincePrefix) throws IOException {
		Map<String, String> districts = new LinkedHashMap<>();
		for (String line : Files.readAllLines(DISTRICTS, StandardCharsets.UTF_8).stream().skip(1).toList()) {
			String[] fields = line.replace("\"", "").split(",");
			districts.put(fields[0], fields[1]);
		}
		Map<String, String[]> byCode = new LinkedHashMap<>();
		for (String line : Files.readAllLines(SUBDISTRICTS, StandardCharsets.UTF_8).stream().skip(1).toList()) {
			String[] fields = line.replace("\"", "").split(",");
			String district = districts.get(fields[2]);
			if (fields[0].startsWith(provincePrefix) && district != null && fields[0].startsWith(fields[2])
					&& byCode.size() < count) {
				byCode.put(fields[0], new String[] { fields[0], fields[1], fields[2], district });
			}
		}
		return new ArrayList<>(byCode.values());
	}

	private static Path writeRegistry(Path file, List<String[]> federations) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("code,name,district_code,district_name\n");
			for (String[] federation : federations) {
				out.write(String.join(",", federation) + "\n");
			}
		}
		return file;
	}

	private static ConfigurableApplicationContext start(String database) {
		SpringApplication application = new SpringApplication(UnionStatsApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
				"--spring.datasource.username=postgres", "--unionstats.quiet-time=0s",
				"--unionstats.max-rows-per-sheet=200000");
	}

	static void recreate(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
				"postgres", null)) {
			connection.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			connection.createStatement().execute("CREATE DATABASE " + database);
		}
	}

}

package org.unionstats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.unionstats.UnionStatsApplication;
import org.unionstats.registry.Period;
import org.unionstats.statistics.StatisticsLauncher;
import org.unionstats.statistics.StatisticsOutcome;

/**
 * Times the {@code statistics} job at national scale (41,000 federations × 5 types × 8
 * periods, about 4 million snapshot rows) in a database of its own, generated with
 * set-based SQL. Arguments: {@code [federations] [periods]}; system property
 * {@code bench.keep=true} keeps the database afterwards, {@code bench.reuse=NAME} times a
 * kept one again without generating. Host and user come from
 * {@code UNIONSTATS_TEST_PG_HOST} and {@code UNIONSTATS_TEST_PG_USER}.
 */
public final class StatisticsBenchmark {

	private static final String HOST = env("UNIONSTATS_TEST_PG_HOST", "127.0.0.1:5432");

	private static final String USER = env("UNIONSTATS_TEST_PG_USER", "postgres");

	private StatisticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int federations = (args.length > 0) ? Integer.parseInt(args[0]) : 41_000;
		int periods = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		String reused = System.getProperty("bench.reuse");
		String database = (reused != null) ? reused
				: "unionstats_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		String url = "jdbc:postgresql://" + HOST + "/" + database;
		if (reused == null) {
			admin("CREATE DATABASE " + database);
		}
		Path dropRoot = Files.createTempDirectory("statistics-bench");
		try (ConfigurableApplicationContext context = start(url)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			if (reused == null) {
				generate(jdbc, federations, periods);
				// A warehouse at rest has been vacuumed; index-only scans need the
				// visibility map.
				jdbc.execute("VACUUM ANALYZE");
			}
			Duration generation = Duration.ofNanos(System.nanoTime() - started);
			long snapshots = jdbc.queryForObject("SELECT count(*) FROM core.facility_snapshot", Long.class);
			String period = jdbc.queryForObject("SELECT max(period) FROM core.federation_profile", String.class);
			System.out.printf("generated %,d federations, %d periods, %,d snapshot rows in %s%n", federations, periods,
					snapshots, seconds(generation));
			StatisticsLauncher launcher = context.getBean(StatisticsLauncher.class);
			CpuClock cpu = new CpuClock(jdbc);
			if (Boolean.getBoolean("bench.serial")) {
				// For comparing CPU: parallel query workers' time is not counted.
				jdbc.execute("ALTER DATABASE " + database + " SET max_parallel_workers_per_gather = 0");
				context.getBean(javax.sql.DataSource.class)
					.unwrap(com.zaxxer.hikari.HikariDataSource.class)
					.getHikariPoolMXBean()
					.softEvictConnections();
			}
			for (int run = 1; run <= 3; run++) {
				double[] cpuBefore = cpu.now();
				long jobStarted = System.nanoTime();
				StatisticsOutcome outcome = launcher.run(Period.require(period), dropRoot);
				Duration job = Duration.ofNanos(System.nanoTime() - jobStarted);
				System.out.printf(
						"run %d: statistics job for %s in %s (workbook %,d bytes, %,d federations accepted),"
								+ " heap max %,d MiB%n",
						run, period, seconds(job), Files.size(outcome.paths().workbook()),
						outcome.completeness().accepted(), Runtime.getRuntime().maxMemory() >> 20);
				double[] cpuAfter = cpu.now();
				System.out.printf("run %d: cpu java %.2f s, database %.2f s, together %.2f s%n", run,
						cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1],
						cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1]);
			}
		}
		finally {
			if (reused == null && !Boolean.getBoolean("bench.keep")) {
				admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		SpringApplication application = new SpringApplication(UnionStatsApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + USER);
	}

	private static void generate(JdbcTemplate jdbc, int federations, int periods) throws IOException {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		Map<String, Object> parameters = Map.of("federations", federations, "periods", periods);
		for (String statement : script().split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				long started = System.nanoTime();
				named.update(statement, parameters);
				System.out.printf("  %-70.70s %s%n", firstStatementLine(statement),
						seconds(Duration.ofNanos(System.nanoTime() - started)));
			}
		}
	}

	private static String script() throws IOException {
		try (InputStream in = StatisticsBenchmark.class.getResourceAsStream("/bench/statistics-data.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String firstStatementLine(String statement) {
		return statement.lines().filter((line) -> !line.startsWith("--") && !line.isBlank()).findFirst().orElse("");
	}

	private static String seconds(Duration duration) {
		return String.format("%.2f s", duration.toMillis() / 1000.0);
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

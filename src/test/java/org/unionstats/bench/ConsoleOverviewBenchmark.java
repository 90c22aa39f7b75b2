package org.unionstats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import org.unionstats.UnionStatsApplication;
import org.unionstats.users.Role;
import org.unionstats.users.UserAccounts;

/**
 * Times the console's overview page ({@code /periods/{period}}) for a national registry
 * (41,000 federations, one period; the statistics benchmark's data set, half of the
 * districts approved) through HTTP on the loopback interface, signed in as a MUNICIPAL
 * user, in a database of its own. Arguments: {@code [federations] [periods] [requests]};
 * {@code bench.keep} and {@code bench.reuse} as in {@link StatisticsBenchmark}.
 */
public final class ConsoleOverviewBenchmark {

	private static final String HOST = env("UNIONSTATS_TEST_PG_HOST", "127.0.0.1:5432");

	private static final String USER = env("UNIONSTATS_TEST_PG_USER", "postgres");

	private static final String PASSWORD = "bench-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConsoleOverviewBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int federations = (args.length > 0) ? Integer.parseInt(args[0]) : 41_000;
		int periods = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		int requests = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		String reused = System.getProperty("bench.reuse");
		String database = (reused != null) ? reused
				: "unionstats_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		if (reused == null) {
			admin("CREATE DATABASE " + database);
		}
		Path dropRoot = Files.createTempDirectory("console-bench");
		try (ConfigurableApplicationContext context = start("jdbc:postgresql://" + HOST + "/" + database, dropRoot)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			if (reused == null) {
				long started = System.nanoTime();
				generate(jdbc, federations, periods);
				jdbc.execute("VACUUM ANALYZE");
				System.out.printf("generated %,d federations, %d period(s) in %s%n", federations, periods,
						seconds(Duration.ofNanos(System.nanoTime() - started)));
			}
			context.getBean(UserAccounts.class).add("bench-city", Role.MUNICIPAL, null, PASSWORD);
			String period = jdbc.queryForObject("SELECT max(period) FROM core.federation_profile", String.class);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signIn(http, port);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			for (int run = 1; run <= requests; run++) {
				double serverBefore = serverMillis(meters);
				long cpuBefore = CpuTimeFilter.nanos.get();
				long started = System.nanoTime();
				HttpResponse<String> page = get(http, port, "/periods/" + period);
				Duration time = Duration.ofNanos(System.nanoTime() - started);
				if (page.statusCode() != 200 || !page.body().contains("各区报送完成情况")) {
					throw new IllegalStateException("overview answered " + page.statusCode());
				}
				System.out.printf(
						"request %d: overview of %s: server time %.0f ms (CPU of the request's thread %d ms), received in %d ms (%,d bytes)%n",
						run, period, serverMillis(meters) - serverBefore,
						(CpuTimeFilter.nanos.get() - cpuBefore) / 1_000_000, time.toMillis(), page.body().length());
			}
			for (String query : new String[] { "overview-districts", "municipal-totals" }) {
				String sql = script("../console/sql/" + query + ".sql");
				Map<String, Object> parameters = new java.util.HashMap<>(Map.of("period", period));
				parameters.put("district", null);
				for (int run = 1; run <= 3; run++) {
					long started = System.nanoTime();
					jdbc.execute("SET jit = off");
					int rows = new NamedParameterJdbcTemplate(jdbc).queryForList(sql, parameters).size();
					System.out.printf("  of which %s alone: %d ms (%,d rows)%n", query,
							Duration.ofNanos(System.nanoTime() - started).toMillis(), rows);
				}
			}
		}
		finally {
			if (reused == null && !Boolean.getBoolean("bench.keep")) {
				admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	/** The server's own time spent on overview requests so far (http.server.requests). */
	private static double serverMillis(MeterRegistry meters) {
		Timer timer = meters.find("http.server.requests").tag("uri", "/periods/{period}").timer();
		return (timer != null) ? timer.totalTime(TimeUnit.MILLISECONDS) : 0;
	}

	private static void signIn(HttpClient http, int port) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(http, port, "/login").body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=bench-city&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static HttpResponse<String> get(HttpClient http, int port, String path)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static ConfigurableApplicationContext start(String url, Path dropRoot) {
		SpringApplication application = new SpringApplication(UnionStatsApplication.class, CpuTimeFilter.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		return application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
				"--server.port=0", "--unionstats.drop-root=" + dropRoot);
	}

	private static void generate(JdbcTemplate jdbc, int federations, int periods) throws IOException {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		Map<String, Object> parameters = Map.of("federations", federations, "periods", periods);
		for (String statement : (script("statistics-data.sql") + ";\n" + script("console-approvals.sql"))
			.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				named.update(statement, parameters);
			}
		}
	}

	private static String script(String name) throws IOException {
		try (InputStream in = ConsoleOverviewBenchmark.class.getResourceAsStream("/bench/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
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

	/**
	 * Adds up the CPU time of the threads serving requests: on a machine shared with
	 * other work the wall-clock time tells the load as much as the page.
	 */
	static class CpuTimeFilter extends OncePerRequestFilter {

		static final AtomicLong nanos = new AtomicLong();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long started = threads.getCurrentThreadCpuTime();
			try {
				chain.doFilter(request, response);
			}
			finally {
				nanos.addAndGet(threads.getCurrentThreadCpuTime() - started);
			}
		}

	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

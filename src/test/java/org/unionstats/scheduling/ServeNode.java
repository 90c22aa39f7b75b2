package org.unionstats.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UnionStatsApplication;
import org.unionstats.support.TestDatabase;
import org.unionstats.users.Role;
import org.unionstats.users.UserAccounts;

/**
 * A {@code serve} node started in-process for a test, with the probe job, its own jobs
 * folder, drop root and Quartz scheduler name.
 */
final class ServeNode implements AutoCloseable {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String ADMIN = "serve-test-admin";

	private static final String ADMIN_PASSWORD = "serve-test-password";

	private final ConfigurableApplicationContext context;

	private ServeNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static ServeNode start(String schedulerName, Path jobsDir, Path dropRoot, String... properties) {
		return startOn(TestDatabase.url(), schedulerName, jobsDir, dropRoot, properties);
	}

	static ServeNode startOn(String url, String schedulerName, Path jobsDir, Path dropRoot, String... properties) {
		List<String> args = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.user()));
		args.addAll(List.of("--server.port=0", "--spring.quartz.scheduler-name=" + schedulerName,
				"--unionstats.scheduling.jobs-dir=" + jobsDir, "--unionstats.drop-root=" + dropRoot));
		args.addAll(List.of(properties));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(UnionStatsApplication.class,
				ProbeJobConfiguration.class)
			.web(WebApplicationType.SERVLET)
			.profiles("serve")
			.bannerMode(Banner.Mode.OFF)
			.run(args.toArray(String[]::new));
		// The metrics endpoints need an ADMIN; health answers anyone.
		context.getBean(UserAccounts.class).add(ADMIN, Role.ADMIN, null, ADMIN_PASSWORD);
		return new ServeNode(context);
	}

	static void writeJob(Path jobsDir, String id, String yaml) {
		try {
			Files.createDirectories(jobsDir);
			Files.writeString(jobsDir.resolve(id + ".yml"), yaml, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String probeJob(String cron) {
		return """
				name: probe
				cron: "%s"
				parameters: {purpose: test}
				description: A probe for the scheduling tests.
				""".formatted(cron);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}

	/** Probe executions created since the given time. */
	long probeRunsSince(Instant since) {
		return jdbc().sql("""
				SELECT count(*) FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'probe' AND e.create_time >= :since
				""").param("since", java.sql.Timestamp.from(since)).query(Long.class).single();
	}

	HttpResponse<String> get(String path) {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		// Health is asked as a load balancer asks: without credentials (so it answers
		// while the database, and with it the users, is gone).
		if (!path.startsWith("/actuator/health")) {
			String basic = Base64.getEncoder()
				.encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + basic);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}

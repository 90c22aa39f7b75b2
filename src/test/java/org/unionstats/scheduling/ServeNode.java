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
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UnionStatsApplication;
import org.unionstats.support.TestDatabase;

/**
 * A {@code serve} node started in-process for a test, with the probe job, its own jobs
 * folder, drop root and Quartz scheduler name.
 */
final class ServeNode implements AutoCloseable {

	private static final HttpClient http = HttpClient.newHttpClient();

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
		return new ServeNode(new SpringApplicationBuilder(UnionStatsApplication.class, ProbeJobConfiguration.class)
			.web(WebApplicationType.SERVLET)
			.profiles("serve")
			.bannerMode(Banner.Mode.OFF)
			.run(args.toArray(String[]::new)));
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
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

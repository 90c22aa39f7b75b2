package org.unionstats.scheduling;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.UnionStatsApplication;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code unionstats serve} as an operator runs it: in its own JVM, printing its port and
 * schedule, serving health, and stopping on SIGTERM.
 */
class ServeCommandIntegrationTests {

	private static final Pattern PORT = Pattern.compile("serving on port (\\d+)");

	@TempDir
	Path folder;

	@Test
	void servesUntilSigtermThenStops() throws Exception {
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), UnionStatsApplication.class.getName(), "serve"));
		command.addAll(List.of(TestDatabase.springArgs()));
		command.addAll(List.of("--server.port=0", "--spring.quartz.scheduler-name=serve-command-tests",
				"--unionstats.scheduling.jobs-dir=" + jobs, "--unionstats.drop-root=" + drop));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> readLines(process, output));
		reader.start();
		try {
			await().atMost(Duration.ofSeconds(120))
				.until(() -> output.stream().anyMatch((line) -> line.contains("scheduled job(s)"))
						|| !process.isAlive());
			assertThat(output).anyMatch((line) -> line.contains("0 scheduled job(s) from " + jobs));
			int port = output.stream()
				.map(PORT::matcher)
				.filter(Matcher::find)
				.map((matcher) -> Integer.parseInt(matcher.group(1)))
				.findFirst()
				.orElseThrow();
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);

			// What systemd sends on stop.
			new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();

			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			reader.join(10_000);
			assertThat(output).anyMatch((line) -> line.contains("unionstats: stopped"));
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static void readLines(Process process, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines().forEach(output::add);
		}
		catch (java.io.IOException ex) {
			// The process ended; what was read is kept.
		}
	}

}

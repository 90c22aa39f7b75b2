package org.unionstats.scheduling;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.health.IngestMetrics;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.SampleRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code serve} node fires the jobs of its catalogue and reports its health and meters
 * over HTTP.
 */
class ServeIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@TempDir
	static Path folder;

	private static Path dropRoot;

	private static ServeNode node;

	private static Instant started;

	@BeforeAll
	static void startNode() throws Exception {
		dropRoot = Files.createDirectories(folder.resolve("drop"));
		ServeNode.writeJob(folder.resolve("jobs"), "probe", ServeNode.probeJob("0/2 * * * * ?"));
		started = Instant.now().minusSeconds(1);
		node = ServeNode.start("serve-tests", folder.resolve("jobs"), dropRoot);
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void firesTheCatalogueJobWithItsParametersAndFireTime() {
		await().atMost(PATIENCE).until(() -> node.probeRunsSince(started) >= 1);

		List<Map<String, Object>> parameters = node.jdbc().sql("""
				SELECT p.parameter_name, p.parameter_type, p.identifying FROM batch_job_execution_params p
				JOIN batch_job_execution e ON e.job_execution_id = p.job_execution_id
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = 'probe' ORDER BY p.parameter_name
				""").query().listOfRows();
		assertThat(parameters).extracting((row) -> row.get("parameter_name")).contains("fireTime", "purpose");
		assertThat(parameters).filteredOn((row) -> "fireTime".equals(row.get("parameter_name"))).allSatisfy((row) -> {
			assertThat(row.get("parameter_type")).isEqualTo("java.time.LocalDateTime");
			assertThat(row.get("identifying")).isEqualTo("Y");
		});
	}

	@Test
	void reportsHealthUpWithDatabaseDropRootAndScheduler() {
		HttpResponse<String> response = node.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(response.body(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.body(), "$.components.db.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.body(), "$.components.dropRoot.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(response.body(), "$.components.scheduler.status")).isEqualTo("UP");
		assertThat(JsonPath.<Boolean>read(response.body(), "$.components.scheduler.details.clustered")).isTrue();
	}

	@Test
	void reportsDownWhileTheDropRootIsMissing() throws Exception {
		Path moved = Files.move(dropRoot, folder.resolve("drop-away"));
		try {
			HttpResponse<String> response = node.get("/actuator/health");

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(response.body(), "$.components.dropRoot.status")).isEqualTo("DOWN");
			assertThat(JsonPath.<String>read(response.body(), "$.components.dropRoot.details.error"))
				.contains("missing");
		}
		finally {
			Files.move(moved, dropRoot);
		}
		assertThat(node.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void reportsDownWhileTheDropRootIsAFileInsteadOfAFolder() throws Exception {
		Path moved = Files.move(dropRoot, folder.resolve("drop-away"));
		Files.writeString(dropRoot, "not a folder");
		try {
			HttpResponse<String> response = node.get("/actuator/health");

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(response.body(), "$.components.dropRoot.status")).isEqualTo("DOWN");
		}
		finally {
			Files.delete(dropRoot);
			Files.move(moved, dropRoot);
		}
	}

	@Test
	void exposesIngestMetricsAndBatchMetricsOnPrometheus() {
		// A run is recorded when it starts, its timer when it ends: wait for the meter.
		await().atMost(PATIENCE)
			.until(() -> node.get("/actuator/prometheus")
				.body()
				.matches(
						"(?s).*spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"probe\",spring_batch_job_status=\"COMPLETED\"\\}.*"));
		IngestMetrics metrics = node.bean(IngestMetrics.class);
		node.bean(RegistryImporter.class).importFile(SampleRegistry.FILE);

		metrics.fileProcessed("110102020", "accepted", 12, Map.of("MISSING_VALUE", 2));
		metrics.fileProcessed("110105015", "rejected", 0, Map.of("FEDERATION_NOT_OWNER", 1));

		String body = node.get("/actuator/prometheus").body();
		assertThat(body).contains("unionstats_files_total{outcome=\"accepted\"} 1.0")
			.contains("unionstats_files_total{outcome=\"rejected\"} 1.0")
			.contains("unionstats_rows_staged_total 12.0")
			.contains("unionstats_issues_total{code=\"MISSING_VALUE\"} 2.0")
			.contains("unionstats_issues_total{code=\"FEDERATION_NOT_OWNER\"} 1.0")
			.contains("unionstats_ingest_last_success_seconds{district=\"110102\"}")
			.doesNotContain("unionstats_ingest_last_success_seconds{district=\"110105\"}")
			.doesNotContain("federation=")
			.containsPattern(
					"spring_batch_job_seconds_count\\{.*spring_batch_job_name=\"probe\",spring_batch_job_status=\"COMPLETED\"\\}");
	}

	@Test
	void reportsTheScheduleFromTheQuartzTables() {
		await().atMost(PATIENCE).until(() -> node.probeRunsSince(started) >= 1);

		List<ScheduleEntry> entries = node.bean(ScheduleReport.class).entries();

		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.job()).isEqualTo("probe");
			assertThat(entry.cron()).isEqualTo("0/2 * * * * ?");
			assertThat(entry.nextFireTime()).isPresent();
			assertThat(entry.previousFireTime()).isPresent();
		});
		assertThat(node.bean(ScheduleReport.class).lines()).singleElement()
			.asString()
			.startsWith("probe")
			.contains("0/2 * * * * ?", "next ", "previous ");
	}

}

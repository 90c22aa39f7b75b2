package org.unionstats.scheduling;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing {@code jobs/} and restarting {@code serve} changes the schedule, leaving
 * nothing of the old one; a bad file stops {@code serve} with one line.
 */
class ScheduleChangeIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aCatalogueChangeBetweenTwoStartsLeavesNoLeftoverTrigger() throws Exception {
		Path jobs = this.folder.resolve("jobs");
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		ServeNode.writeJob(jobs, "probe", ServeNode.probeJob("0 0 3 * * ?"));
		ServeNode.writeJob(jobs, "probe-hourly", ServeNode.probeJob("0 0 * * * ?"));
		ServeNode.writeJob(jobs, "probe-weekly", ServeNode.probeJob("0 0 4 ? * MON"));
		try (ServeNode node = ServeNode.start("change-tests", jobs, drop, "--spring.quartz.auto-startup=false")) {
			assertThat(node.bean(ScheduleReport.class).entries()).extracting(ScheduleEntry::job)
				.containsExactly("probe", "probe-hourly", "probe-weekly");
		}

		ServeNode.writeJob(jobs, "probe", ServeNode.probeJob("0 15 4 * * ?"));
		Files.delete(jobs.resolve("probe-hourly.yml"));
		ServeNode.writeJob(jobs, "probe-weekly", ServeNode.probeJob("0 0 4 ? * MON") + "enabled: false\n");
		try (ServeNode node = ServeNode.start("change-tests", jobs, drop, "--spring.quartz.auto-startup=false")) {

			assertThat(node.bean(ScheduleReport.class).entries()).singleElement().satisfies((entry) -> {
				assertThat(entry.job()).isEqualTo("probe");
				assertThat(entry.cron()).isEqualTo("0 15 4 * * ?");
			});
			assertThat(node.jdbc()
				.sql("SELECT job_name FROM qrtz_job_details WHERE sched_name = 'change-tests'")
				.query(String.class)
				.list()).containsExactly("probe");
			assertThat(node.jdbc()
				.sql("SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'change-tests'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void serveRefusesABadCronWithOneLineNamingFileAndField() throws Exception {
		Path jobs = this.folder.resolve("jobs");
		ServeNode.writeJob(jobs, "ingest", """
				name: ingest
				cron: "0 0/2 * * *"
				parameters: {}
				description: Take the inbox.
				""");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> args = new ArrayList<>(List.of("serve"));
		args.addAll(List.of(TestDatabase.springArgs()));
		args.addAll(List.of("--server.port=0", "--spring.quartz.scheduler-name=bad-cron-tests",
				"--unionstats.scheduling.jobs-dir=" + jobs,
				"--unionstats.drop-root=" + Files.createDirectories(this.folder.resolve("drop"))));

		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true),
				args.toArray(String[]::new));

		assertThat(exitCode).isEqualTo(1);
		assertThat(err.toString().lines()).singleElement()
			.asString()
			.startsWith("unionstats: ")
			.contains(jobs.resolve("ingest.yml").toString(), "field 'cron'", "0 0/2 * * *");
		assertThat(out.toString()).doesNotContain("serving on port");
	}

}

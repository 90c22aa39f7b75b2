package org.unionstats.scheduling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fire times missed while every node was down run the job once when a node comes back,
 * not once per missed time.
 */
class MisfireIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void fireTimesMissedWhileDownRunTheJobOnceOnRecovery() throws Exception {
		Path jobs = this.folder.resolve("jobs");
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		warmUp(jobs, drop);
		// given five fire times, one a second, in a window in the near future
		ZonedDateTime windowStart = windowStart();
		ZonedDateTime windowEnd = windowStart.plusSeconds(4);
		String cron = "%d-%d %d %d %d %d ? %d".formatted(windowStart.getSecond(), windowEnd.getSecond(),
				windowStart.getMinute(), windowStart.getHour(), windowStart.getDayOfMonth(),
				windowStart.getMonthValue(), windowStart.getYear());
		ServeNode.writeJob(jobs, "probe", ServeNode.probeJob(cron));
		Instant testStart = Instant.now().minusSeconds(1);
		// stored by a node that stands by, then stopped before the window
		try (ServeNode node = ServeNode.start("misfire-tests", jobs, drop, "--spring.quartz.auto-startup=false")) {
			assertThat(node.bean(ScheduleReport.class).entries()).singleElement()
				.satisfies((entry) -> assertThat(entry.nextFireTime()).contains(windowStart.toInstant()));
		}

		// when every fire time passes with no node up, and a node starts afterwards
		Instant recovery = windowEnd.plusSeconds(2).toInstant();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Instant.now().isAfter(recovery));
		try (ServeNode node = ServeNode.start("misfire-tests", jobs, drop,
				"--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000")) {

			// then the job runs once, and the trigger, having no fire time left, is gone
			await().atMost(Duration.ofSeconds(60))
				.until(() -> node.probeRunsSince(testStart) >= 1 && node.bean(ScheduleReport.class).entries().isEmpty()
						&& noneRunning(node));
			assertThat(node.probeRunsSince(testStart)).isEqualTo(1);
			LocalDateTime fireTime = node.jdbc()
				.sql("""
						SELECT p.parameter_value FROM batch_job_execution_params p
						JOIN batch_job_execution e ON e.job_execution_id = p.job_execution_id
						WHERE p.parameter_name = 'fireTime' AND e.create_time >= :since
						""")
				.param("since", java.sql.Timestamp.from(testStart))
				.query((row, number) -> LocalDateTime.parse(row.getString(1)))
				.single();
			assertThat(fireTime).isAfter(windowEnd.toLocalDateTime());
		}
	}

	private static void warmUp(Path jobs, Path drop) throws Exception {
		// The first context of a run migrates the database, which can take longer than
		// the
		// margin before the window; pay that before the window is chosen.
		Files.createDirectories(jobs);
		try (ServeNode node = ServeNode.start("misfire-warm-up", jobs, drop, "--spring.quartz.auto-startup=false")) {
			assertThat(node.bean(ScheduleReport.class).entries()).isEmpty();
		}
	}

	private static boolean noneRunning(ServeNode node) {
		return node.jdbc()
			.sql("SELECT count(*) FROM qrtz_fired_triggers WHERE sched_name = 'misfire-tests'")
			.query(Long.class)
			.single() == 0;
	}

	private static ZonedDateTime windowStart() {
		ZonedDateTime start = ZonedDateTime.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
		// The window's five seconds must sit in one minute for a single cron seconds
		// range.
		return (start.getSecond() > 54) ? start.plusMinutes(1).withSecond(0) : start;
	}

}

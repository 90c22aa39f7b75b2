package org.unionstats.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.FailedFilesReport;
import org.unionstats.intake.UnknownFolders;
import org.unionstats.people.LocalTimes;
import org.unionstats.registry.Period;
import org.unionstats.scheduling.ScheduleReport;
import org.unionstats.statistics.CompletenessLine;
import org.unionstats.statistics.JobRun;
import org.unionstats.statistics.MissingFederation;
import org.unionstats.statistics.ReportingPeriods;
import org.unionstats.statistics.StatisticsSummary;

/**
 * {@code status [--period P]}: Show completeness, missing federations and the last job
 * runs.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "Show completeness by district, the missing federations and the last job runs.")
final class StatusCommand implements Callable<Integer> {

	private static final int MISSING_SHOWN = 30;

	private static final int RUNS_SHOWN = 5;

	private static final int FAILED_SHOWN = 30;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Option(names = "--period", paramLabel = "P",
			description = "the period, e.g. 2017 or 2017-Q3 (default: the latest with accepted data)")
	@Nullable Period period;

	private final ApplicationStarter starter;

	private final PrintWriter out;

	StatusCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.starter.startOnly(StatusContext.class)) {
			ReportingPeriods periods = context.getBean(ReportingPeriods.class);
			StatisticsSummary summary = context.getBean(StatisticsSummary.class);
			Optional<Period> shown = (this.period != null) ? Optional.of(periods.resolve(this.period))
					: periods.latestKnown();
			shown.ifPresentOrElse((p) -> printPeriod(summary, p), () -> this.out.println("no periods yet"));
			printRuns(summary.lastRuns(RUNS_SHOWN), LocalTimes.of(context.getBean(UnionStatsProperties.class)));
			printLines("schedule:", context.getBean(ScheduleReport.class).lines(),
					" none (started by serve from jobs/)");
			UnknownFolders unknown = context.getBean(UnknownFolders.class);
			printLines("inbox folders that are not registered federations (files left untouched):", unknown.lines(),
					" none");
			printLines("inbox entries that are not regular files (never followed):", unknown.skippedLines(), " none");
			FailedFilesReport failed = context.getBean(FailedFilesReport.class);
			printLines("files waiting for another try (handling failed for a reason not their own):",
					failed.waiting(FAILED_SHOWN), " none");
			printLines("files set aside in failed/ after too many tries (see the .reason.txt beside each):",
					failed.setAside(FAILED_SHOWN), " none");
			return 0;
		}
	}

	private void printPeriod(StatisticsSummary summary, Period period) {
		this.out.printf("period %s: completeness by district%n", period);
		this.out.printf("  %s %8s %8s %8s %8s %8s%n", pad("district", 14), "expected", "accepted", "rejected",
				"missing", "on time");
		List<CompletenessLine> lines = summary.completeness(period);
		for (CompletenessLine line : lines) {
			this.out.printf("  %s %8d %8d %8d %8d %8s%n", pad(line.districtName(), 14), line.expected(),
					line.accepted(), line.rejectedOnly(), line.missing(),
					(line.onTime() != null) ? line.onTime() : "-");
		}
		CompletenessLine city = lines.get(lines.size() - 1);
		int without = city.rejectedOnly() + city.missing();
		List<MissingFederation> missing = summary.missing(period, MISSING_SHOWN);
		this.out.printf("without an accepted submission: %d%s%n", without, (without > MISSING_SHOWN)
				? " (first " + MISSING_SHOWN + " shown; all in mart.missing_federations)" : "");
		missing.forEach((federation) -> this.out.printf("  %s %s (%s) %s%n", federation.federationCode(),
				federation.federationName(), federation.districtName(), federation.stateZh()));
	}

	private void printLines(String title, List<String> lines, String whenEmpty) {
		this.out.println(title + (lines.isEmpty() ? whenEmpty : ""));
		lines.forEach((line) -> this.out.println("  " + line));
	}

	/** Pads to a display width, counting Chinese characters as two columns. */
	private static String pad(String text, int width) {
		int shown = text.codePoints()
			.map((c) -> (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 2 : 1)
			.sum();
		return text + " ".repeat(Math.max(0, width - shown));
	}

	/**
	 * The runs with their times in the zone of people ({@code unionstats.time-zone}),
	 * named once. Spring Batch records its times in the JVM's own zone, without naming
	 * it.
	 */
	private void printRuns(List<JobRun> runs, LocalTimes times) {
		if (runs.isEmpty()) {
			this.out.println("last job runs: none");
			return;
		}
		this.out.printf("last job runs (times in %s):%n", times.zoneName(Instant.now()));
		for (JobRun run : runs) {
			this.out.printf("  %-12s %-8s %-19s  %-19s  %s%s%n", run.jobName(),
					(run.period() != null) ? run.period() : "", shown(run.startedAt(), times),
					shown(run.endedAt(), times), run.status(),
					run.reason().isEmpty() ? "" : ": " + OneLine.escape(run.reason()));
		}
	}

	private static String shown(@Nullable LocalDateTime batchTime, LocalTimes times) {
		return (batchTime != null)
				? TIME.format(batchTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(times.zone())) : "-";
	}

}

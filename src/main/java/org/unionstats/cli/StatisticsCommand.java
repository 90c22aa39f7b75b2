package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.unionstats.registry.Period;
import org.unionstats.statistics.CompletenessLine;
import org.unionstats.statistics.FacilityTotal;
import org.unionstats.statistics.StatisticsLauncher;
import org.unionstats.statistics.StatisticsOutcome;

/**
 * {@code statistics [--period P]}: Rebuild the marts and write the statistics report.
 */
@Command(name = "statistics", mixinStandardHelpOptions = true,
		description = "Write the municipal statistics report (workbook and CSV files) from the marts.")
final class StatisticsCommand implements Callable<Integer> {

	@Option(names = "--period", paramLabel = "P",
			description = "the period, e.g. 2017 or 2017-Q3 (default: the latest with accepted data)")
	@Nullable Period period;

	private final ApplicationStarter starter;

	private final PrintWriter out;

	StatisticsCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		FileNameEncoding.requireUtf8();
		try (ConfigurableApplicationContext context = this.starter.startRunningJobs()) {
			StatisticsOutcome outcome = context.getBean(StatisticsLauncher.class).run(this.period, null);
			print(outcome);
			return 0;
		}
	}

	private void print(StatisticsOutcome outcome) {
		this.out.printf("statistics %s: report written%n", outcome.period());
		this.out.printf("  %s%n", outcome.paths().workbook().toAbsolutePath());
		this.out.printf("  %s (CSV, UTF-8)%n",
				outcome.paths().directory().toAbsolutePath().resolve(outcome.paths().csvPattern()));
		for (FacilityTotal total : outcome.totals()) {
			String change = (total.change() != null)
					? String.format(" (%+d vs %s)", total.change(), total.previousPeriod()) : "";
			this.out.printf("  %s %,d%s%n", total.facilityTypeZh(), total.activeCount(), change);
		}
		CompletenessLine city = outcome.completeness();
		this.out.printf("  federations: %,d of %,d accepted, %,d rejected only, %,d missing%s%n", city.accepted(),
				city.expected(), city.rejectedOnly(), city.missing(),
				(city.onTime() != null) ? String.format(", %,d on time", city.onTime()) : "");
	}

}

package org.unionstats.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodRegistry;
import org.unionstats.registry.PeriodRegistry.Indicator;

/**
 * {@code period close|open|deadline|target P}: locks, reopens, sets the deadline or an
 * indicator target of a period.
 */
@Command(name = "period", mixinStandardHelpOptions = true,
		description = "Close, reopen, or set the deadline or an indicator target of a reporting period.",
		subcommands = { PeriodCommand.Close.class, PeriodCommand.Open.class, PeriodCommand.Deadline.class,
				PeriodCommand.Target.class })
final class PeriodCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a subcommand is required");
	}

	@Command(name = "close", mixinStandardHelpOptions = true, description = "Lock a period against submissions.")
	static final class Close extends Submissions {

		Close(ApplicationStarter starter, PrintWriter out) {
			super(starter, out, PeriodRegistry::close, "closed for submissions");
		}

	}

	@Command(name = "open", mixinStandardHelpOptions = true, description = "Reopen a period for submissions.")
	static final class Open extends Submissions {

		Open(ApplicationStarter starter, PrintWriter out) {
			super(starter, out, PeriodRegistry::open, "open for submissions");
		}

	}

	/**
	 * {@code close} and {@code open}: whether a period takes submissions, and optionally
	 * its new deadline.
	 */
	abstract static class Submissions implements Callable<Integer> {

		@Parameters(paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		Period period;

		@Option(names = "--deadline", paramLabel = "DATE",
				description = "also set the submission deadline (YYYY-MM-DD)")
		@Nullable LocalDate deadline;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		private final Change change;

		private final String changed;

		Submissions(ApplicationStarter starter, PrintWriter out, Change change, String changed) {
			this.starter = starter;
			this.out = out;
			this.change = change;
			this.changed = changed;
		}

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = this.starter.start()) {
				this.change.apply(context.getBean(PeriodRegistry.class), this.period, this.deadline);
				this.out.printf("period %s: %s%n", this.period, this.changed);
				return 0;
			}
		}

		@FunctionalInterface
		interface Change {

			void apply(PeriodRegistry periods, Period period, @Nullable LocalDate deadline);

		}

	}

	@Command(name = "deadline", mixinStandardHelpOptions = true,
			description = "Set the submission deadline of a period (drives the on-time figures).")
	static final class Deadline implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		Period period;

		@Parameters(index = "1", paramLabel = "DATE", description = "the last day for submissions (YYYY-MM-DD)")
		LocalDate deadline;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Deadline(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = this.starter.start()) {
				context.getBean(PeriodRegistry.class).setDeadline(this.period, this.deadline);
				this.out.printf("period %s: deadline %s%n", this.period, this.deadline);
				return 0;
			}
		}

	}

	@Command(name = "target", mixinStandardHelpOptions = true,
			description = "Set the target rate of a profile indicator for a period (e.g. 2017: APP 30, participation 35).")
	static final class Target implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		Period period;

		@Parameters(index = "1", paramLabel = "INDICATOR",
				description = "APP_REGISTRATION (APP注册率), ACTIVITY_PARTICIPATION (活动参与率), "
						+ "COLLECTIVE_CONTRACT (集体合同覆盖率) or WORKERS_CONGRESS (职代会建制率)")
		Indicator indicator;

		@Parameters(index = "2", paramLabel = "PERCENT",
				description = "the target in percent (0-100), or 'none' to remove it")
		String percent;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Target(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			BigDecimal rate = parsePercent(this.percent);
			try (ConfigurableApplicationContext context = this.starter.start()) {
				context.getBean(PeriodRegistry.class).setTarget(this.period, this.indicator, rate);
				this.out.printf("period %s: %s target %s%n", this.period, this.indicator.column(),
						(rate != null) ? rate.stripTrailingZeros().toPlainString() + "%" : "removed");
				return 0;
			}
		}

		private static BigDecimal parsePercent(String text) {
			if ("none".equalsIgnoreCase(text)) {
				return null;
			}
			try {
				BigDecimal percent = new BigDecimal(text.trim().replace("%", ""));
				if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.scale() <= 2) {
					return percent;
				}
			}
			catch (NumberFormatException ex) {
				// Falls through to the one-line error below.
			}
			throw new UserFacingException("'" + text + "' is not a percentage: use a number from 0 to 100, e.g. 30", 2);
		}

	}

}

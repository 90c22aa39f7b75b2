package org.unionstats.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodRegistry;

/**
 * {@code period close|open|deadline P}: locks, reopens or sets the deadline of a period.
 */
@Command(name = "period", mixinStandardHelpOptions = true,
		description = "Close, reopen or set the deadline of a reporting period.",
		subcommands = { PeriodCommand.Close.class, PeriodCommand.Open.class, PeriodCommand.Deadline.class })
final class PeriodCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a subcommand is required");
	}

	static Period parse(String text) {
		return Period.parse(text)
			.orElseThrow(() -> new UserFacingException(
					"'" + text + "' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM", 2));
	}

	@Command(name = "close", mixinStandardHelpOptions = true, description = "Lock a period against submissions.")
	static final class Close implements Callable<Integer> {

		@Parameters(paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		String period;

		@Option(names = "--deadline", paramLabel = "DATE",
				description = "also set the submission deadline (YYYY-MM-DD)")
		LocalDate deadline;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Close(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			Period parsed = parse(this.period);
			try (ConfigurableApplicationContext context = this.starter.start()) {
				PeriodRegistry periods = context.getBean(PeriodRegistry.class);
				periods.close(parsed, this.deadline);
				this.out.printf("period %s: closed for submissions%n", parsed);
				return 0;
			}
		}

	}

	@Command(name = "open", mixinStandardHelpOptions = true, description = "Reopen a period for submissions.")
	static final class Open implements Callable<Integer> {

		@Parameters(paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		String period;

		@Option(names = "--deadline", paramLabel = "DATE",
				description = "also set the submission deadline (YYYY-MM-DD)")
		LocalDate deadline;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Open(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			Period parsed = parse(this.period);
			try (ConfigurableApplicationContext context = this.starter.start()) {
				context.getBean(PeriodRegistry.class).open(parsed, this.deadline);
				this.out.printf("period %s: open for submissions%n", parsed);
				return 0;
			}
		}

	}

	@Command(name = "deadline", mixinStandardHelpOptions = true,
			description = "Set the submission deadline of a period (drives the on-time figures).")
	static final class Deadline implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
		String period;

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
			Period parsed = parse(this.period);
			try (ConfigurableApplicationContext context = this.starter.start()) {
				context.getBean(PeriodRegistry.class).setDeadline(parsed, this.deadline);
				this.out.printf("period %s: deadline %s%n", parsed, this.deadline);
				return 0;
			}
		}

	}

}

package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.unionstats.UserFacingException;

/**
 * {@code statistics}: Rebuild the marts and write the statistics report.
 */
@Command(name = "statistics", mixinStandardHelpOptions = true,
		description = "Rebuild the marts and write the statistics report.")
final class StatisticsCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	StatisticsCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		throw new UserFacingException("'statistics' is not available in this version yet", 3);
	}

}

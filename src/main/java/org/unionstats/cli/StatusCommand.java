package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.unionstats.UserFacingException;

/**
 * {@code status}: Show completeness, missing federations and the last job runs.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "Show completeness, missing federations and the last job runs.")
final class StatusCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	StatusCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		throw new UserFacingException("'status' is not available in this version yet", 3);
	}

}

package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.unionstats.UserFacingException;

/**
 * {@code serve}: Run the scheduler and the HTTP endpoints until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the scheduler and the HTTP endpoints until stopped.")
final class ServeCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	ServeCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		throw new UserFacingException("'serve' is not available in this version yet", 3);
	}

}

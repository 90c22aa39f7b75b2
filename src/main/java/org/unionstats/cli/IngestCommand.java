package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.unionstats.UserFacingException;

/**
 * {@code ingest}: Take every complete workbook from the inbox now, validate it and merge
 * accepted ones.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Take every complete workbook from the inbox now, validate it and merge accepted ones.")
final class IngestCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	IngestCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		throw new UserFacingException("'ingest' is not available in this version yet", 3);
	}

}

package org.unionstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.unionstats.UserFacingException;

/**
 * {@code template}: Write a fillable workbook for a federation and period.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Write a fillable workbook for a federation and period.")
final class TemplateCommand implements Callable<Integer> {

	private final ApplicationStarter starter;

	private final PrintWriter out;

	TemplateCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		throw new UserFacingException("'template' is not available in this version yet", 3);
	}

}

package org.unionstats.cli;

import picocli.CommandLine.Command;

/**
 * The {@code unionstats} command and its subcommands.
 */
@Command(name = "unionstats", mixinStandardHelpOptions = true, version = "unionstats 0.1",
		description = "Statistics pipeline of a federation of trade unions.%n"
				+ "Spring properties may follow any command, e.g. --spring.datasource.url=... --unionstats.drop-root=...",
		subcommands = { IngestCommand.class, StatisticsCommand.class, TemplateCommand.class, RegistryCommand.class,
				PeriodCommand.class, StatusCommand.class, ServeCommand.class, UserCommand.class })
final class RootCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a command is required");
	}

}

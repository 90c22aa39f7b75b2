package org.unionstats.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;

/**
 * Parses the command line before Spring starts, so that usage errors and {@code --help}
 * are instant, print one line and never a stack trace.
 */
public final class UnionStatsCommandLine {

	private static final Logger logger = LoggerFactory.getLogger(UnionStatsCommandLine.class);

	static final int USAGE_ERROR = 2;

	private UnionStatsCommandLine() {
	}

	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
	}

	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		List<String> commandArgs = new ArrayList<>();
		ApplicationStarter starter = ApplicationStarter.splitting(args, commandArgs);
		CommandLine commandLine = new CommandLine(new RootCommand(), new StarterFactory(starter, out));
		commandLine.registerConverter(LocalDate.class, UnionStatsCommandLine::date);
		commandLine.registerConverter(Period.class, UnionStatsCommandLine::period);
		sameVersionEverywhere(commandLine, commandLine.getCommandSpec().version());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			if (ex.getCause() instanceof CommandLine.TypeConversionException badValue) {
				// The value's own message already says the form expected.
				err.println("unionstats: " + badValue.getMessage());
				return USAGE_ERROR;
			}
			CommandLine failed = ex.getCommandLine();
			err.println("unionstats: " + ex.getMessage());
			err.println(failed.getHelp().fullSynopsis().trim());
			err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
			return USAGE_ERROR;
		});
		commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
			if (ex instanceof UserFacingException userFacing) {
				err.println("unionstats: " + userFacing.getMessage());
				return userFacing.exitCode();
			}
			logger.error("Command failed", ex);
			err.println("unionstats: unexpected failure: " + rootMessage(ex) + " (details in the log)");
			return 1;
		});
		return commandLine.execute(commandArgs.toArray(String[]::new));
	}

	/** {@code -V} on a subcommand prints what it prints on the root command. */
	private static void sameVersionEverywhere(CommandLine commandLine, String[] version) {
		commandLine.getCommandSpec().version(version);
		commandLine.getSubcommands().values().forEach((sub) -> sameVersionEverywhere(sub, version));
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException(
					"'" + text + "' is not a date: use YYYY-MM-DD, e.g. 2018-01-31");
		}
	}

	private static Period period(String text) {
		try {
			return Period.require(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.TypeConversionException(ex.getMessage());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * Creates commands, handing those that need it the application starter and the
	 * output.
	 */
	private record StarterFactory(ApplicationStarter starter, PrintWriter out) implements IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				Class<?>[] parameters = constructor.getParameterTypes();
				if (parameters.length == 2 && parameters[0] == ApplicationStarter.class
						&& parameters[1] == PrintWriter.class) {
					constructor.setAccessible(true);
					return type.cast(constructor.newInstance(this.starter, this.out));
				}
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}

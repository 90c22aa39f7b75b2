package org.unionstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.unionstats.registry.RegistryImport;
import org.unionstats.registry.RegistryImporter;

/**
 * {@code registry import FILE}: loads or refreshes districts and federations.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
		description = "Manage the registry of districts and federations.", subcommands = RegistryCommand.Import.class)
final class RegistryCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a subcommand is required");
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Load or refresh districts and federations from a CSV file "
					+ "(header: code,name,district_code,district_name). Idempotent.")
	static final class Import implements Callable<Integer> {

		@Parameters(paramLabel = "FILE", description = "the registry CSV (UTF-8)")
		Path file;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Import(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			FileNameEncoding.requireUtf8();
			try (ConfigurableApplicationContext context = this.starter.start()) {
				RegistryImport result = context.getBean(RegistryImporter.class).importFile(this.file);
				this.out.printf("registry: %d districts, %d federations loaded from %s (%d new, %d updated)%n",
						result.districts(), result.federations(), this.file, result.inserted(), result.updated());
				return 0;
			}
		}

	}

}

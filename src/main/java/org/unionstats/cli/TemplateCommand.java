package org.unionstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.unionstats.registry.Period;
import org.unionstats.template.TemplateGenerator;
import org.unionstats.template.WrittenTemplate;

/**
 * {@code template}: writes a prefilled, guided workbook for one federation and period, or
 * for every registered federation.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Write a fillable workbook for a federation and period: identity prefilled, "
				+ "facilities of its last accepted snapshot prefilled, dropdowns, an instructions sheet.")
final class TemplateCommand implements Callable<Integer> {

	@ArgGroup(exclusive = true, multiplicity = "1")
	Target target;

	@Option(names = "--period", required = true, paramLabel = "P", description = "the period, e.g. 2017 or 2017-Q3")
	Period period;

	@Option(names = "--out", paramLabel = "FILE|DIR",
			description = "the file to write (default ./<code>-<period>-报送模板.xlsx); with --all, the folder "
					+ "that gets one sub-folder per federation (default .)")
	Path output;

	private final ApplicationStarter starter;

	private final PrintWriter out;

	TemplateCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() {
		FileNameEncoding.requireUtf8();
		try (ConfigurableApplicationContext context = this.starter.start()) {
			TemplateGenerator generator = context.getBean(TemplateGenerator.class);
			if (this.target.all) {
				return writeAll(generator, this.period);
			}
			String code = this.target.federation.trim();
			Path file = (this.output != null) ? this.output : Path.of(TemplateGenerator.fileName(code, this.period));
			WrittenTemplate written = generator.writeOne(code, this.period, file);
			this.out.printf("template %s %s: %s%s%n", code, this.period, written.file(), prefilledFrom(written));
			return 0;
		}
	}

	private int writeAll(TemplateGenerator generator, Period period) {
		Path folder = (this.output != null) ? this.output : Path.of(".");
		List<WrittenTemplate> written = generator.writeAll(period, folder,
				(done, total, template) -> this.out.printf("%d/%d %s: %s%s%n", done, total,
						template.federation().code(), template.file(), prefilledFrom(template)));
		this.out.printf("template %s: %d templates written under %s%n", period, written.size(), folder);
		return 0;
	}

	private static String prefilledFrom(WrittenTemplate written) {
		return written.prefilledFrom()
			.map((source) -> " (prefilled from " + source + ", " + written.prefilledFacilities() + " facilities)")
			.orElse("");
	}

	/** Either one federation or all of them. */
	static final class Target {

		@Option(names = "--federation", required = true, paramLabel = "CODE",
				description = "the federation's 9-digit code")
		String federation;

		@Option(names = "--all", required = true,
				description = "every registered federation, each into --out DIR/<code>/")
		boolean all;

	}

}

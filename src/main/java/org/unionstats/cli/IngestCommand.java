package org.unionstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

import org.unionstats.UnionStatsProperties;
import org.unionstats.UserFacingException;
import org.unionstats.ingest.IngestLauncher;
import org.unionstats.ingest.IngestSummary;
import org.unionstats.ingest.PassListener;
import org.unionstats.ingest.PassStep;
import org.unionstats.intake.DropZone;
import org.unionstats.intake.FileOutcome;
import org.unionstats.intake.UnknownFolders;
import org.unionstats.submission.SubmissionStatus;

/**
 * {@code ingest}: one pass over the inbox now, one line per file and a summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Take every complete workbook from the inbox now, validate it and merge accepted ones.%n"
				+ "Exit 0 when the pass ran, whatever the files' outcomes.")
final class IngestCommand implements Callable<Integer> {

	static final String STOPPED = "ingest: stopped on request (SIGTERM); the next pass takes up what this one did not finish";

	private final ApplicationStarter starter;

	private final PrintWriter out;

	IngestCommand(ApplicationStarter starter, PrintWriter out) {
		this.starter = starter;
		this.out = out;
	}

	@Override
	public Integer call() throws Exception {
		FileNameEncoding.requireUtf8();
		ConfigurableApplicationContext context = this.starter.startClosedByCaller();
		PassStopOnShutdown stop = PassStopOnShutdown.install(context);
		try {
			return runPass(context, stop);
		}
		finally {
			stop.closeContext();
		}
	}

	private int runPass(ConfigurableApplicationContext context, PassStopOnShutdown stop) throws Exception {
		UnionStatsProperties properties = context.getBean(UnionStatsProperties.class);
		Path dropRoot = properties.dropRoot().toAbsolutePath().normalize();
		requireDropRoot(dropRoot);
		this.out.printf("ingest: drop root %s%n", dropRoot);
		StepProgressLines progressLines = StepProgressLines.everyFewSeconds();
		IngestSummary summary = context.getBean(IngestLauncher.class)
			.runOnce(properties.dropRoot(), new PassListener() {

				@Override
				public void stepProgress(PassStep step, int done, int total) {
					progressLines.line(step, done, total).ifPresent(IngestCommand.this.out::println);
				}

				@Override
				public void fileDone(FileOutcome file, int done, int total) {
					IngestCommand.this.out.println(line(file, done, total));
				}

				@Override
				public void fileFailed(FileOutcome file) {
					IngestCommand.this.out.println(failedLine(file));
				}

			});
		// A stop may have interrupted the pass in its quiet time; closing the context
		// must not see that interrupt.
		Thread.interrupted();
		this.out.printf(
				"ingest: %d file(s): %d accepted, %d rejected, %d duplicate, %d superseded, %d failed"
						+ " (left for the next pass), %d set aside in failed/ (%s)%n",
				summary.files().size(), count(summary, SubmissionStatus.ACCEPTED),
				count(summary, SubmissionStatus.REJECTED), count(summary, SubmissionStatus.DUPLICATE),
				count(summary, SubmissionStatus.SUPERSEDED), summary.count(FileOutcome.FAILED),
				summary.count(FileOutcome.SET_ASIDE), summary.status());
		if (summary.givenBack() > 0) {
			this.out.printf(
					"ingest: %d more file(s) given back to the inbox unhandled, no try counted: the group"
							+ " being staged with them failed before reaching them; the next pass takes them%n",
					summary.givenBack());
		}
		UnknownFolders unknown = context.getBean(UnknownFolders.class);
		unknown.lines()
			.forEach((line) -> this.out.println("ingest: not a registered federation: inbox/" + OneLine.escape(line)));
		unknown.skippedLines().forEach((line) -> this.out.println("ingest: not followed: " + OneLine.escape(line)));
		if (stop.requested()) {
			this.out.println(STOPPED);
			return 1;
		}
		if (summary.failure() != null) {
			this.out.printf(
					"ingest: the pass did not complete (%s). The files it did not finish are left in the"
							+ " inbox, or half-way in the database, and the next pass takes them up.%n",
					summary.failure());
		}
		return summary.completed() ? 0 : 1;
	}

	private static long count(IngestSummary summary, SubmissionStatus status) {
		return summary.count(status.name());
	}

	/**
	 * A missing drop root is a mistyped setting or an unmounted share: a pass over it
	 * would report "0 files" as if all were well. A drop root without its inbox is a
	 * fresh set-up: the inbox is made.
	 */
	private static void requireDropRoot(Path dropRoot) throws IOException {
		if (!Files.isDirectory(dropRoot)) {
			throw new UserFacingException("the drop root " + dropRoot
					+ " does not exist or is not a folder; create it, mount it, or set unionstats.drop-root"
					+ " (UNIONSTATS_DROP_ROOT)");
		}
		Files.createDirectories(new DropZone(dropRoot).inbox());
	}

	// Names come from the inbox as dropped: a control character in one must not split the
	// line.
	static String line(FileOutcome file, int done, int total) {
		return String.format("[%d/%d] %s %s %s errors=%d warnings=%d %s -> feedback %s", done, total,
				OneLine.escape(file.folderCode()), (file.period() != null) ? OneLine.escape(file.period()) : "-",
				file.outcome(), file.errors(), file.warnings(), OneLine.escape(file.originalName()),
				OneLine.escape(file.feedback()));
	}

	static String failedLine(FileOutcome file) {
		return String.format("[%s] %s %s %s -> %s (%s)", file.outcome(), OneLine.escape(file.folderCode()),
				OneLine.escape(file.originalName()),
				FileOutcome.SET_ASIDE.equals(file.outcome()) ? "set aside" : "left for the next pass",
				OneLine.escape(file.placed()), OneLine.escape(file.failure()));
	}

}

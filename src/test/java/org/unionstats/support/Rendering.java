package org.unionstats.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless LibreOffice and poppler for the render tests: skipped where they are not
 * installed, required under CI ({@code .ci/run} installs them).
 */
public final class Rendering {

	private Rendering() {
	}

	public static void requireTools() {
		boolean present = onPath("soffice") && onPath("pdftoppm");
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("LibreOffice (soffice) and poppler-utils (pdftoppm) are required under CI: .ci/run installs them");
		}
		assumeTrue(present, "soffice and pdftoppm are not installed here");
	}

	/** Runs a tool to its end, its output in {@code <tool>.log} under {@code logs}. */
	public static void run(Path logs, String... command) throws IOException, InterruptedException {
		Path log = logs.resolve(command[0] + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(command[0] + " did not finish in 3 minutes");
		}
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log)).isZero();
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

}

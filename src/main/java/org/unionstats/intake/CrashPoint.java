package org.unionstats.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Named points where the crash-safety tests halt the JVM (system property
 * {@code unionstats.crash-at}), as a {@code kill -9} would, or pause it (system
 * properties {@code unionstats.pause-at} and {@code unionstats.pause-file}) to act on the
 * process from outside, e.g. drop its database connections. Inert otherwise.
 */
public final class CrashPoint {

	public static final String AFTER_CLAIM = "after-claim";

	public static final String MID_STAGING = "mid-staging";

	public static final String INSIDE_MERGE = "inside-merge";

	public static final String AFTER_COMMIT = "after-commit";

	public static final String DURING_FEEDBACK = "during-feedback";

	static final int EXIT_CODE = 99;

	private static final long PAUSE_LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(1);

	private static final AtomicBoolean paused = new AtomicBoolean();

	private CrashPoint() {
	}

	public static void reach(String name) {
		if (name.equals(System.getProperty("unionstats.crash-at"))) {
			Runtime.getRuntime().halt(EXIT_CODE);
		}
		if (name.equals(System.getProperty("unionstats.pause-at")) && paused.compareAndSet(false, true)) {
			pause(Path.of(System.getProperty("unionstats.pause-file")));
		}
	}

	/**
	 * The first thread to get here creates the pause file, then waits until it is deleted
	 * (at most a minute) before going on.
	 */
	private static void pause(Path pauseFile) {
		try {
			Files.createFile(pauseFile);
			long deadline = System.currentTimeMillis() + PAUSE_LIMIT_MILLIS;
			while (Files.exists(pauseFile) && System.currentTimeMillis() < deadline) {
				Thread.sleep(20);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

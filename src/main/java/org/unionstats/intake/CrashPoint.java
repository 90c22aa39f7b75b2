package org.unionstats.intake;

/**
 * Named points where the crash-safety tests halt the JVM (system property
 * {@code unionstats.crash-at}), as a {@code kill -9} would. Inert otherwise.
 */
public final class CrashPoint {

	public static final String AFTER_CLAIM = "after-claim";

	public static final String MID_STAGING = "mid-staging";

	public static final String INSIDE_MERGE = "inside-merge";

	public static final String AFTER_COMMIT = "after-commit";

	public static final String DURING_FEEDBACK = "during-feedback";

	static final int EXIT_CODE = 99;

	private CrashPoint() {
	}

	public static void reach(String name) {
		if (name.equals(System.getProperty("unionstats.crash-at"))) {
			Runtime.getRuntime().halt(EXIT_CODE);
		}
	}

}

package org.unionstats.intake;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What became of one file in a pass.
 *
 * @param folderCode the federation whose folder the file came from
 * @param originalName the file's name as dropped
 * @param period the period the workbook declares, or {@code null}
 * @param outcome ACCEPTED, REJECTED, DUPLICATE or SUPERSEDED; or FAILED (handling failed
 * for a reason not the file's: a later pass tries again) or SET_ASIDE (it kept failing:
 * moved to {@code failed/})
 * @param errors how many errors were found
 * @param warnings how many warnings were found
 * @param feedback the feedback workbook written for the federation, or {@code null}
 * @param placed where the original now lies
 * @param failure why handling failed, in one line, or {@code null}
 */
public record FileOutcome(String folderCode, String originalName, @Nullable String period, String outcome, int errors,
		int warnings, @Nullable Path feedback, Path placed, @Nullable String failure) {

	public static final String FAILED = "FAILED";

	public static final String SET_ASIDE = "SET_ASIDE";

	public boolean failed() {
		return this.failure != null;
	}

}

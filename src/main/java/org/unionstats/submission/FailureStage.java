package org.unionstats.submission;

import java.util.Locale;

/**
 * The stage of a pass at which handling a file failed, as
 * {@code ops.submission.failed_stage} and the {@code unionstats.files.failed} metric name
 * it.
 */
public enum FailureStage {

	/** Hashing and copying the file out of the inbox. */
	CLAIM,

	/** Writing its rows and issues to staging. */
	STAGE,

	/** Judging and merging it. */
	DECIDE,

	/** Writing its feedback and moving the original. */
	PUBLISH;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package org.unionstats.ingest;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.unionstats.UnionStatsProperties;

/**
 * Names of the {@code ingest} job's parameters; the node lease is
 * {@link org.unionstats.cluster.NodeLease#JOB_PARAMETER}.
 */
final class IngestParameters {

	/**
	 * The drop root of the pass (non-identifying; defaults to
	 * {@code unionstats.drop-root}).
	 */
	public static final String DROP_ROOT = "dropRoot";

	/**
	 * When the pass was requested (identifying: every pass is a job instance of its own).
	 */
	public static final String REQUESTED_AT = "requestedAt";

	/** The {@value #DROP_ROOT} parameter, for a job- or step-scoped bean. */
	static final String DROP_ROOT_VALUE = "#{jobParameters['" + DROP_ROOT + "']}";

	/** The {@value #REQUESTED_AT} parameter, for a job- or step-scoped bean. */
	static final String REQUESTED_AT_VALUE = "#{jobParameters['" + REQUESTED_AT + "']}";

	private IngestParameters() {
	}

	/**
	 * The pass's drop root: the {@value #DROP_ROOT} parameter when given (a one-shot
	 * command sets it), else {@code unionstats.drop-root} (a scheduled run has only its
	 * catalogue parameters and {@code fireTime}). Absolute and normalised, as claims
	 * compare inbox paths.
	 */
	static Path dropRoot(@Nullable String parameter, UnionStatsProperties properties) {
		Path dropRoot = (parameter != null) ? Path.of(parameter) : properties.dropRoot();
		return dropRoot.toAbsolutePath().normalize();
	}

}

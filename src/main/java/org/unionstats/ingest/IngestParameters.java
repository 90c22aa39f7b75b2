package org.unionstats.ingest;

/**
 * Names of the {@code ingest} job's parameters.
 */
public final class IngestParameters {

	/**
	 * The drop root of the pass (non-identifying; defaults to
	 * {@code unionstats.drop-root}).
	 */
	public static final String DROP_ROOT = "dropRoot";

	/**
	 * When the pass was requested (identifying: every pass is a job instance of its own).
	 */
	public static final String REQUESTED_AT = "requestedAt";

	/** The node lease of the process running the pass (non-identifying). */
	public static final String LEASE = "lease";

	private IngestParameters() {
	}

}

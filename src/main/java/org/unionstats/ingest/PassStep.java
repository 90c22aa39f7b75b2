package org.unionstats.ingest;

/**
 * The steps of a pass that report their progress file by file, besides publishing (which
 * reports each file with its outcome).
 */
public enum PassStep {

	/** Hashing and copying complete inbox files, and recording their claims. */
	CLAIMING,

	/** Reading and validating each claimed file into staging. */
	STAGING,

	/** Judging and merging each staged file. */
	DECIDING;

	/** The step as the pass's output names it. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

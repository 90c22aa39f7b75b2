package org.unionstats.submission;

/**
 * Where a submission (one file taken from the inbox) stands, as
 * {@code ops.submission.status} stores it.
 */
public enum SubmissionStatus {

	/** Claimed by a pass; being read. */
	CLAIMED,

	/** Every row is in staging; waiting for the verdict. */
	STAGED,

	/** Merged: the federation's current figures for the period. */
	ACCEPTED,

	/** Had an error; nothing of it reached the warehouse. */
	REJECTED,

	/** Accepted once, replaced since by a later submission of the same period. */
	SUPERSEDED,

	/** The same bytes came from the same folder before; set aside. */
	DUPLICATE,

	/**
	 * Handling failed before the verdict for a reason that is not the file's: the file
	 * stays in the inbox for the next pass (or was set aside after too many tries).
	 */
	FAILED;

	/** Whether the verdict is in (the submission waits only for its publication). */
	public boolean isDecided() {
		return this != CLAIMED && this != STAGED && this != FAILED;
	}

	/** Whether the submission's figures are in the warehouse (now or once). */
	public boolean wasAccepted() {
		return this == ACCEPTED || this == SUPERSEDED;
	}

}

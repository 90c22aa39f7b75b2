package org.unionstats.submission;

/**
 * An unfinished submission claimed by another job execution, whose lease may be dead.
 */
public record StaleClaim(long submissionId, int claimLease, SubmissionStatus status) {

	public boolean isDecided() {
		return this.status.isDecided();
	}

}

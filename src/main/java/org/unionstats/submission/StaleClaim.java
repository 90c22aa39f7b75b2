package org.unionstats.submission;

/**
 * An unfinished submission claimed by another job execution, whose lease may be dead, or
 * whose execution may be over (a pass that failed while another node ran some of its
 * partitions).
 */
public record StaleClaim(long submissionId, int claimLease, SubmissionStatus status, boolean executionEnded) {

	public boolean isDecided() {
		return this.status.isDecided();
	}

}

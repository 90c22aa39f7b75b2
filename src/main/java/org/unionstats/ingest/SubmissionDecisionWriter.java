package org.unionstats.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.CrashPoint;
import org.unionstats.submission.FailureStage;
import org.unionstats.warehouse.SubmissionDecider;

/**
 * Decides each staged submission of the chunk (of one) behind a savepoint of the chunk's
 * transaction. A submission whose decision fails (a lock not granted in time, say) is
 * recorded as failed and left for the next pass; the bucket goes on.
 */
class SubmissionDecisionWriter implements ItemWriter<Long> {

	private final SubmissionDecider decider;

	private final FileByFile files;

	SubmissionDecisionWriter(SubmissionDecider decider, FileByFile files) {
		this.decider = decider;
		this.files = files;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		for (Long submissionId : chunk) {
			LogContext.forSubmission(submissionId, () -> decide(submissionId));
			CrashPoint.reach(CrashPoint.INSIDE_MERGE);
			this.files.advanced(PassStep.DECIDING);
		}
	}

	private void decide(long submissionId) {
		this.files.run(() -> {
			this.decider.decide(submissionId);
			return submissionId;
		}, (failedFiles, cause, dropZone) -> failedFiles.failedBeforeVerdict(submissionId, FailureStage.DECIDE, cause,
				dropZone));
	}

}

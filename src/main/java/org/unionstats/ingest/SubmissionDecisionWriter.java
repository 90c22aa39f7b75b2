package org.unionstats.ingest;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.CrashPoint;
import org.unionstats.intake.DropZone;
import org.unionstats.intake.FailedFiles;
import org.unionstats.submission.FailureStage;
import org.unionstats.warehouse.SubmissionDecider;

/**
 * Decides each staged submission in the chunk's transaction (chunks of one: one
 * submission, one transaction). A submission whose decision fails (a lock not granted in
 * time, say) is recorded as failed and left for the next pass; the bucket goes on.
 */
class SubmissionDecisionWriter implements ItemWriter<Long> {

	private final SubmissionDecider decider;

	private final FileSavepoint savepoint;

	private final FailedFiles failedFiles;

	private final IngestProgress progress;

	private final DropZone dropZone;

	private final @Nullable String requestedAt;

	SubmissionDecisionWriter(SubmissionDecider decider, FileSavepoint savepoint, FailedFiles failedFiles,
			IngestProgress progress, DropZone dropZone, @Nullable String requestedAt) {
		this.decider = decider;
		this.savepoint = savepoint;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.dropZone = dropZone;
		this.requestedAt = requestedAt;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		for (Long submissionId : chunk) {
			LogContext.forSubmission(submissionId, () -> decide(submissionId));
			CrashPoint.reach(CrashPoint.INSIDE_MERGE);
			this.progress.stepAdvanced(this.requestedAt, PassStep.DECIDING);
		}
	}

	private void decide(long submissionId) {
		try {
			this.savepoint.run(() -> {
				this.decider.decide(submissionId);
				return null;
			});
		}
		catch (RuntimeException ex) {
			this.progress.fileFailed(this.requestedAt,
					this.failedFiles.failedBeforeVerdict(submissionId, FailureStage.DECIDE, ex, this.dropZone));
		}
	}

}

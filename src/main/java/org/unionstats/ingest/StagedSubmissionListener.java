package org.unionstats.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import org.unionstats.intake.DropZone;
import org.unionstats.intake.FailedFiles;
import org.unionstats.intake.FailureReason;
import org.unionstats.submission.FailureStage;
import org.unionstats.submission.SubmissionLedger;

/**
 * Marks a submission as staged once all its rows are in staging; or, when staging it
 * failed, records the failure against that file alone and ends its partition with
 * {@link FileFailures#FILE_FAILED}, so that the pass goes on.
 */
class StagedSubmissionListener implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(StagedSubmissionListener.class);

	private final SubmissionLedger ledger;

	private final FailedFiles failedFiles;

	private final IngestProgress progress;

	private final DropZone dropZone;

	private final long submissionId;

	private final @Nullable String requestedAt;

	StagedSubmissionListener(SubmissionLedger ledger, FailedFiles failedFiles, IngestProgress progress,
			DropZone dropZone, long submissionId, @Nullable String requestedAt) {
		this.ledger = ledger;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.dropZone = dropZone;
		this.submissionId = submissionId;
		this.requestedAt = requestedAt;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		try {
			if (stepExecution.getStatus().isUnsuccessful()) {
				return failed(stepExecution);
			}
			this.ledger.staged(this.submissionId);
			return null;
		}
		finally {
			this.progress.stepAdvanced(this.requestedAt, PassStep.STAGING);
		}
	}

	private @Nullable ExitStatus failed(StepExecution stepExecution) {
		List<Throwable> failures = stepExecution.getFailureExceptions();
		Throwable cause = failures.isEmpty() ? new IllegalStateException(stepExecution.getExitStatus().toString())
				: failures.get(0);
		try {
			this.progress.fileFailed(this.requestedAt,
					this.failedFiles.failedBeforeVerdict(this.submissionId, FailureStage.STAGE, cause, this.dropZone));
			return FileFailures.FILE_FAILED;
		}
		catch (RuntimeException ex) {
			// Not even the failure could be recorded (the database is gone): the pass
			// fails, and the next one drops the claim and takes the file again.
			logger.warn("Could not record the failure of submission {}: {}", this.submissionId, FailureReason.of(ex));
			return null;
		}
	}

}

package org.unionstats.ingest;

import java.util.List;
import java.util.OptionalLong;

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
 * When a staging group's partition fails (the database gone for a moment, say), records
 * the failure against the file in hand alone, gives the group's files not yet reached
 * back to the inbox with no try counted, and ends the partition with
 * {@link FileFailures#FILE_FAILED}, so that the pass goes on. Files staged before the
 * failure stay staged and are decided.
 */
class StagingGroupListener implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(StagingGroupListener.class);

	private final StagingGroup group;

	private final SubmissionLedger ledger;

	private final FailedFiles failedFiles;

	private final IngestProgress progress;

	private final DropZone dropZone;

	private final @Nullable String requestedAt;

	StagingGroupListener(StagingGroup group, SubmissionLedger ledger, FailedFiles failedFiles, IngestProgress progress,
			DropZone dropZone, @Nullable String requestedAt) {
		this.group = group;
		this.ledger = ledger;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.dropZone = dropZone;
		this.requestedAt = requestedAt;
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			return null;
		}
		List<Throwable> failures = stepExecution.getFailureExceptions();
		Throwable cause = failures.isEmpty() ? new IllegalStateException(stepExecution.getExitStatus().toString())
				: failures.get(0);
		try {
			OptionalLong inHand = this.group.inHand();
			if (inHand.isPresent() && this.ledger.isClaimed(inHand.getAsLong())) {
				this.progress.fileFailed(this.requestedAt, this.failedFiles.failedBeforeVerdict(inHand.getAsLong(),
						FailureStage.STAGE, cause, this.dropZone));
			}
			int givenBack = 0;
			for (long submissionId : this.group.submissionIds()) {
				if (this.ledger.releaseUnstaged(submissionId)) {
					this.failedFiles.forgetCopy(submissionId, this.dropZone);
					givenBack++;
				}
			}
			if (givenBack > 0) {
				this.progress.filesGivenBack(this.requestedAt, givenBack);
				logger.warn("Staging group of submission {} failed: {} file(s) not yet staged stay in the inbox for "
						+ "the next pass", this.group.submissionIds().get(0), givenBack);
			}
			return FileFailures.FILE_FAILED;
		}
		catch (RuntimeException ex) {
			// Not even the failure could be recorded (the database is gone): the pass
			// fails, and the next one drops the claims and takes the files again.
			logger.warn("Could not record the failure of staging group {}: {}", this.group.submissionIds(),
					FailureReason.of(ex));
			return null;
		}
	}

}

package org.unionstats.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
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
@Component
class StagedSubmissionListener implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(StagedSubmissionListener.class);

	private final SubmissionLedger ledger;

	private final FailedFiles failedFiles;

	private final IngestProgress progress;

	private final UnionStatsProperties properties;

	StagedSubmissionListener(SubmissionLedger ledger, FailedFiles failedFiles, IngestProgress progress,
			UnionStatsProperties properties) {
		this.ledger = ledger;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.properties = properties;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long submissionId = stepExecution.getExecutionContext().getLong(ClaimedSubmissionPartitioner.SUBMISSION_ID);
		if (stepExecution.getStatus().isUnsuccessful()) {
			return failed(stepExecution, submissionId);
		}
		this.ledger.staged(submissionId);
		return null;
	}

	private ExitStatus failed(StepExecution stepExecution, long submissionId) {
		List<Throwable> failures = stepExecution.getFailureExceptions();
		Throwable cause = failures.isEmpty() ? new IllegalStateException(stepExecution.getExitStatus().toString())
				: failures.get(0);
		DropZone dropZone = new DropZone(IngestParameters
			.dropRoot(stepExecution.getJobParameters().getString(IngestParameters.DROP_ROOT), this.properties));
		try {
			this.progress.fileFailed(stepExecution.getJobParameters().getString(IngestParameters.REQUESTED_AT),
					this.failedFiles.failedBeforeVerdict(submissionId, FailureStage.STAGE, cause, dropZone));
			return FileFailures.FILE_FAILED;
		}
		catch (RuntimeException ex) {
			// Not even the failure could be recorded (the database is gone): the pass
			// fails, and the next one drops the claim and takes the file again.
			logger.warn("Could not record the failure of submission {}: {}", submissionId, FailureReason.of(ex));
			return null;
		}
	}

}

package org.unionstats.ingest;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import org.unionstats.submission.SubmissionLedger;

/**
 * Counts the files a pass is about to publish, before its workers start, so that the
 * progress lines read "done / total" across all of them.
 */
class PublicationCountListener implements StepExecutionListener {

	private final SubmissionLedger ledger;

	private final IngestProgress progress;

	PublicationCountListener(SubmissionLedger ledger, IngestProgress progress) {
		this.ledger = ledger;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		int total = this.ledger.countDecidedUnpublished(stepExecution.getJobExecutionId());
		this.progress.publishing(stepExecution.getJobParameters().getString(IngestParameters.REQUESTED_AT), total);
	}

}

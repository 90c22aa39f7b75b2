package org.unionstats.ingest;

import java.util.function.LongToIntFunction;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Counts the files a partitioned step is about to handle, before its workers start, so
 * that its progress reads "done of total" across all of them.
 */
class StepTotalListener implements StepExecutionListener {

	private final IngestProgress progress;

	private final PassStep step;

	private final LongToIntFunction filesOfJobExecution;

	StepTotalListener(IngestProgress progress, PassStep step, LongToIntFunction filesOfJobExecution) {
		this.progress = progress;
		this.step = step;
		this.filesOfJobExecution = filesOfJobExecution;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.progress.stepStarting(stepExecution.getJobParameters().getString(IngestParameters.REQUESTED_AT), this.step,
				this.filesOfJobExecution.applyAsInt(stepExecution.getJobExecutionId()));
	}

}

package org.unionstats.ingest;

import java.util.function.LongToIntFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Counts the files a partitioned step is about to handle, before its workers start, so
 * that its progress reads "done of total" across all of them.
 */
final class StepTotalListener implements StepExecutionListener {

	private final LongToIntFunction filesOfJobExecution;

	private final Total total;

	private StepTotalListener(LongToIntFunction filesOfJobExecution, Total total) {
		this.filesOfJobExecution = filesOfJobExecution;
		this.total = total;
	}

	/** For a step before publishing. */
	static StepTotalListener of(IngestProgress progress, PassStep step, LongToIntFunction filesOfJobExecution) {
		return new StepTotalListener(filesOfJobExecution,
				(requestedAt, total) -> progress.stepStarting(requestedAt, step, total));
	}

	/** For publishing, whose progress lines carry each file's outcome. */
	static StepTotalListener publishing(IngestProgress progress, LongToIntFunction filesOfJobExecution) {
		return new StepTotalListener(filesOfJobExecution, progress::publishing);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.total.announce(stepExecution.getJobParameters().getString(IngestParameters.REQUESTED_AT),
				this.filesOfJobExecution.applyAsInt(stepExecution.getJobExecutionId()));
	}

	/** Tells the pass's watcher how many files a step has. */
	@FunctionalInterface
	private interface Total {

		void announce(@Nullable String requestedAt, int total);

	}

}

package org.unionstats.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import org.unionstats.intake.CrashPoint;
import org.unionstats.warehouse.SubmissionDecider;

/**
 * Decides each staged submission in the chunk's transaction (chunks of one: one
 * submission, one transaction).
 */
@Component
class SubmissionDecisionWriter implements ItemWriter<Long> {

	private final SubmissionDecider decider;

	SubmissionDecisionWriter(SubmissionDecider decider) {
		this.decider = decider;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		for (Long submissionId : chunk) {
			this.decider.decide(submissionId);
			CrashPoint.reach(CrashPoint.INSIDE_MERGE);
		}
	}

}

package org.unionstats.ingest;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.unionstats.intake.DropZone;
import org.unionstats.intake.InboxIntake;

/**
 * First step of a pass: recover what dead processes left, then claim every complete inbox
 * file for this job execution.
 */
@Component
@StepScope
class ClaimFilesTasklet implements Tasklet {

	private final InboxIntake intake;

	private final AbandonedExecutionRecovery abandoned;

	private final IngestProgress progress;

	private final DropZone dropZone;

	private final @Nullable String requestedAt;

	ClaimFilesTasklet(InboxIntake intake, AbandonedExecutionRecovery abandoned, IngestProgress progress,
			DropZone dropZone, @Value(IngestParameters.REQUESTED_AT_VALUE) @Nullable String requestedAt) {
		this.intake = intake;
		this.abandoned = abandoned;
		this.progress = progress;
		this.dropZone = dropZone;
		this.requestedAt = requestedAt;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		this.abandoned.recover();
		long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
		InboxIntake.Intake intake = this.intake.claimAll(this.dropZone, jobExecutionId, (done, total) -> {
			if (done == 0) {
				this.progress.stepStarting(this.requestedAt, PassStep.CLAIMING, total);
			}
			else {
				this.progress.stepAdvanced(this.requestedAt, PassStep.CLAIMING);
			}
		});
		intake.failed().forEach((failed) -> this.progress.fileFailed(this.requestedAt, failed));
		contribution.incrementWriteCount(intake.claimed());
		return RepeatStatus.FINISHED;
	}

}

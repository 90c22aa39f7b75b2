package org.unionstats.ingest;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import org.unionstats.intake.DropZone;
import org.unionstats.intake.InboxIntake;

/**
 * First step of a pass: recover what dead processes left, then claim every complete inbox
 * file for this job execution.
 */
class ClaimFilesTasklet implements Tasklet {

	private final InboxIntake intake;

	private final AbandonedExecutionRecovery abandoned;

	private final IngestProgress progress;

	/** The pass's: resolved within the step. */
	private final ObjectProvider<DropZone> dropZone;

	ClaimFilesTasklet(InboxIntake intake, AbandonedExecutionRecovery abandoned, IngestProgress progress,
			ObjectProvider<DropZone> dropZone) {
		this.intake = intake;
		this.abandoned = abandoned;
		this.progress = progress;
		this.dropZone = dropZone;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		this.abandoned.recover();
		long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
		String requestedAt = contribution.getStepExecution()
			.getJobParameters()
			.getString(IngestParameters.REQUESTED_AT);
		InboxIntake.Intake intake = this.intake.claimAll(this.dropZone.getObject(), jobExecutionId, (done, total) -> {
			if (done == 0) {
				this.progress.stepStarting(requestedAt, PassStep.CLAIMING, total);
			}
			else {
				this.progress.stepAdvanced(requestedAt, PassStep.CLAIMING);
			}
		});
		intake.failed().forEach((failed) -> this.progress.fileFailed(requestedAt, failed));
		contribution.incrementWriteCount(intake.claimed());
		return RepeatStatus.FINISHED;
	}

}

package org.unionstats.ingest;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.DropZone;
import org.unionstats.intake.InboxIntake;

/**
 * First step of a pass: recover what dead processes left, then claim every complete inbox
 * file for this job execution.
 */
@Component
class ClaimFilesTasklet implements Tasklet {

	private final InboxIntake intake;

	private final UnionStatsProperties properties;

	private final AbandonedExecutionRecovery abandoned;

	private final IngestProgress progress;

	ClaimFilesTasklet(InboxIntake intake, UnionStatsProperties properties, AbandonedExecutionRecovery abandoned,
			IngestProgress progress) {
		this.intake = intake;
		this.progress = progress;
		this.properties = properties;
		this.abandoned = abandoned;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		this.abandoned.recover();
		long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
		String dropRoot = contribution.getStepExecution().getJobParameters().getString(IngestParameters.DROP_ROOT);
		InboxIntake.Intake intake = this.intake
			.claimAll(new DropZone(IngestParameters.dropRoot(dropRoot, this.properties)), jobExecutionId);
		String requestedAt = contribution.getStepExecution()
			.getJobParameters()
			.getString(IngestParameters.REQUESTED_AT);
		intake.failed().forEach((failed) -> this.progress.fileFailed(requestedAt, failed));
		contribution.incrementWriteCount(intake.claimed());
		return RepeatStatus.FINISHED;
	}

}

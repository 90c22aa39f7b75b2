package org.unionstats.ingest;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.DropZone;
import org.unionstats.intake.FailedFiles;
import org.unionstats.intake.InboxIntake;
import org.unionstats.intake.SubmissionPublisher;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.warehouse.StagingWriter;
import org.unionstats.warehouse.SubmissionDecider;

/**
 * The tasklet, partitioner, readers, writers and listeners of the {@code ingest} job's
 * steps, one bean each, scoped to the job or step whose parameters and partition keys
 * they take; the classes themselves carry no Spring annotation.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepBeansConfiguration {

	private static final String JOB_EXECUTION_ID = "#{stepExecution.jobExecutionId}";

	/**
	 * The pass's drop zone, for the beans of its steps. Job-scoped without a proxy (a
	 * record cannot be proxied): its users are step-scoped, or look it up within the
	 * step, so it is resolved within the pass.
	 */
	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	DropZone dropZone(@Value(IngestParameters.DROP_ROOT_VALUE) @Nullable String dropRoot,
			UnionStatsProperties properties) {
		return new DropZone(IngestParameters.dropRoot(dropRoot, properties));
	}

	// A singleton, not step-scoped: stopping a pass interrupts this step's quiet time,
	// and a step-scoped proxy let that interrupt go unseen (IngestStopIntegrationTests).
	@Bean
	ClaimFilesTasklet claimFilesTasklet(InboxIntake intake, AbandonedExecutionRecovery abandoned,
			IngestProgress progress, ObjectProvider<DropZone> dropZone) {
		return new ClaimFilesTasklet(intake, abandoned, progress, dropZone);
	}

	@Bean
	@JobScope
	ClaimedSubmissionPartitioner claimedSubmissionPartitioner(@Value("#{jobExecution.id}") long jobExecutionId,
			SubmissionLedger ledger) {
		return new ClaimedSubmissionPartitioner(ledger, jobExecutionId);
	}

	/**
	 * The partition's group of files, shared by its reader, writer and listener.
	 * Step-scoped without a proxy: its users are step-scoped themselves.
	 */
	@Bean
	@Scope(value = "step", proxyMode = ScopedProxyMode.NO)
	StagingGroup stagingGroup(@Value(PartitionKeys.SUBMISSION_IDS_VALUE) String submissionIds) {
		return StagingGroup.of(submissionIds);
	}

	@Bean
	@StepScope
	StagingGroupReader stagingGroupReader(StagingGroup stagingGroup, SubmissionLedger ledger,
			SubmissionValidator validator, SubmissionValidationContexts contexts, IssueMessages messages) {
		return new StagingGroupReader(stagingGroup, ledger, validator, contexts, messages);
	}

	@Bean
	@StepScope
	StagingItemWriter stagingItemWriter(StagingGroup stagingGroup, StagingWriter staging, SubmissionLedger ledger,
			FileByFile fileByFile) {
		return new StagingItemWriter(stagingGroup, staging, ledger, fileByFile);
	}

	@Bean
	@StepScope
	StagingGroupListener stagingGroupListener(StagingGroup stagingGroup,
			@Value(IngestParameters.REQUESTED_AT_VALUE) @Nullable String requestedAt, SubmissionLedger ledger,
			FailedFiles failedFiles, IngestProgress progress, DropZone dropZone) {
		return new StagingGroupListener(stagingGroup, ledger, failedFiles, progress, dropZone, requestedAt);
	}

	@Bean
	@StepScope
	SubmissionIdReader stagedSubmissionReader(@Value(JOB_EXECUTION_ID) long jobExecutionId,
			@Value(PartitionKeys.BUCKET_VALUE) int bucket, @Value(PartitionKeys.BUCKETS_VALUE) int buckets,
			SubmissionLedger ledger) {
		return SubmissionIdReader.staged(ledger, jobExecutionId, bucket, buckets);
	}

	@Bean
	@StepScope
	FileByFile fileByFile(@Value(IngestParameters.REQUESTED_AT_VALUE) @Nullable String requestedAt,
			FileSavepoint savepoint, FailedFiles failedFiles, IngestProgress progress, DropZone dropZone) {
		return new FileByFile(savepoint, failedFiles, progress, dropZone, requestedAt);
	}

	@Bean
	@StepScope
	SubmissionDecisionWriter submissionDecisionWriter(SubmissionDecider decider, FileByFile fileByFile) {
		return new SubmissionDecisionWriter(decider, fileByFile);
	}

	@Bean
	@StepScope
	SubmissionIdReader decidedSubmissionReader(@Value(JOB_EXECUTION_ID) long jobExecutionId,
			@Value(PartitionKeys.BUCKET_VALUE) int bucket, @Value(PartitionKeys.BUCKETS_VALUE) int buckets,
			SubmissionLedger ledger) {
		return SubmissionIdReader.decided(ledger, jobExecutionId, bucket, buckets);
	}

	@Bean
	@StepScope
	SubmissionPublicationWriter submissionPublicationWriter(SubmissionPublisher publisher, FileByFile fileByFile) {
		return new SubmissionPublicationWriter(publisher, fileByFile);
	}

}

package org.unionstats.ingest;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.unionstats.UnionStatsProperties;
import org.unionstats.submission.SubmissionLedger;

/**
 * The {@code ingest} job: claim complete inbox files, stage them (in parallel, one
 * partition per group of files, each file's failure its own), decide and merge each
 * submission, then publish feedback and move the originals (both in parallel, one
 * partition per worker, a federation's files in one). The steps' readers, writers and
 * listeners are the beans of {@link IngestStepBeansConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	static final String JOB_NAME = "ingest";

	/** Folder buckets per worker thread when every serve node takes some. */
	private static final int REMOTE_BUCKETS_PER_WORKER = 4;

	/** Files published in one transaction. */
	private static final int FILES_PER_CHUNK = 16;

	@Bean
	Job ingest(JobRepository jobRepository, Step claimFiles, Step stageSubmissions, Step decideSubmissions,
			Step publishSubmissions) {
		return new JobBuilder(JOB_NAME, jobRepository).start(claimFiles)
			.next(stageSubmissions)
			.next(decideSubmissions)
			.next(publishSubmissions)
			.build();
	}

	@Bean
	Step claimFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimFilesTasklet claimFilesTasklet) {
		return new StepBuilder("claimFiles", jobRepository).tasklet(claimFilesTasklet, transactionManager)
			.listener(new LogContext())
			.build();
	}

	@Bean
	Step stageSubmissions(JobRepository jobRepository, ClaimedSubmissionPartitioner claimedSubmissionPartitioner,
			Step stageSubmission, UnionStatsProperties properties, IngestProgress progress, SubmissionLedger ledger,
			ObjectProvider<RemotePartitions> remote) {
		return onWorkers("stageSubmissions", jobRepository, claimedSubmissionPartitioner, stageSubmission, properties,
				remote)
			.aggregator(new FileFailures())
			.listener(StepTotalListener.of(progress, PassStep.STAGING, (job) -> ledger.claimedBy(job).size()))
			.build();
	}

	@Bean
	Step stageSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StagingGroupReader stagingGroupReader, StagingItemWriter stagingItemWriter,
			StagingGroupListener stagingGroupListener) {
		// 2,000 rows are a few megabytes of heap, and a COPY big enough that the
		// commit and the step's bookkeeping cost little beside it.
		return new StepBuilder("stageSubmission", jobRepository).<StagedItem, StagedItem>chunk(2000)
			.reader(stagingGroupReader)
			.writer(stagingItemWriter)
			.listener(stagingGroupListener)
			.listener(new LogContext())
			.transactionManager(transactionManager)
			.build();
	}

	@Bean
	Step decideSubmissions(JobRepository jobRepository, Step decideSubmission, UnionStatsProperties properties,
			IngestProgress progress, SubmissionLedger ledger, ObjectProvider<RemotePartitions> remote) {
		return onWorkers("decideSubmissions", jobRepository, new FolderBucketPartitioner(), decideSubmission,
				properties, remote)
			.listener(StepTotalListener.of(progress, PassStep.DECIDING, ledger::countStaged))
			.build();
	}

	@Bean
	Step decideSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionIdReader stagedSubmissionReader, SubmissionDecisionWriter submissionDecisionWriter) {
		// One submission, one transaction: a merge commits before the next is checked, so
		// that the snapshot's statistics, refreshed between merges, see every row merged
		// (checks planned on statistics missing a chunk's merges ran for minutes).
		return fileByFile("decideSubmission", jobRepository, transactionManager, stagedSubmissionReader,
				submissionDecisionWriter, 1);
	}

	@Bean
	Step publishSubmissions(JobRepository jobRepository, Step publishSubmission, UnionStatsProperties properties,
			IngestProgress progress, SubmissionLedger ledger, ObjectProvider<RemotePartitions> remote) {
		return onWorkers("publishSubmissions", jobRepository, new FolderBucketPartitioner(), publishSubmission,
				properties, remote)
			.listener(StepTotalListener.publishing(progress, ledger::countDecidedUnpublished))
			.build();
	}

	@Bean
	Step publishSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionIdReader decidedSubmissionReader, SubmissionPublicationWriter submissionPublicationWriter) {
		return fileByFile("publishSubmission", jobRepository, transactionManager, decidedSubmissionReader,
				submissionPublicationWriter, FILES_PER_CHUNK);
	}

	/**
	 * A step running the worker step once per partition: on this process's workers, or
	 * (remote partitioning in serve) on the workers of every serve node, with more
	 * buckets of folders so that every node gets some.
	 */
	private static PartitionStepBuilder onWorkers(String name, JobRepository jobRepository, Partitioner partitioner,
			Step worker, UnionStatsProperties properties, ObjectProvider<RemotePartitions> remote) {
		RemotePartitions remotePartitions = remote.getIfAvailable();
		if (remotePartitions != null) {
			return remotePartitions.on(new StepBuilder(name, jobRepository), partitioner, worker,
					REMOTE_BUCKETS_PER_WORKER * properties.workers());
		}
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.step(worker)
			.gridSize(properties.workers())
			.taskExecutor(workers(properties));
	}

	/**
	 * Chunks of some files, each file behind a savepoint of the chunk's transaction (see
	 * {@link FileByFile}): the commit and the step's bookkeeping are paid once per chunk.
	 */
	private static Step fileByFile(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, SubmissionIdReader reader, ItemWriter<Long> writer,
			int filesPerChunk) {
		return new StepBuilder(name, jobRepository).<Long, Long>chunk(filesPerChunk)
			.reader(reader)
			.writer(writer)
			.listener(new LogContext())
			.transactionManager(transactionManager)
			.build();
	}

	/**
	 * The workers of a partitioned step. Not a bean: an Executor bean would replace
	 * Boot's default task executor (and Quartz's pick).
	 */
	private static SimpleAsyncTaskExecutor workers(UnionStatsProperties properties) {
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("ingest-");
		workers.setConcurrencyLimit(properties.workers());
		return workers;
	}

}

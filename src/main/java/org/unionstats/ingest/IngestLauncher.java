package org.unionstats.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.FileOutcome;
import org.unionstats.cluster.NodeLease;

/**
 * Runs one ingest pass through {@link JobOperator} and reports every file it finished.
 */
@Component
public class IngestLauncher {

	private final JobOperator jobOperator;

	private final Job ingest;

	private final IngestProgress progress;

	private final NodeLease lease;

	private final UnionStatsProperties properties;

	/** The passes this process runs now, by their identifying request time. */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	IngestLauncher(JobOperator jobOperator, @Qualifier(IngestJobConfiguration.JOB_NAME) Job ingest,
			IngestProgress progress, NodeLease lease, UnionStatsProperties properties) {
		this.jobOperator = jobOperator;
		this.ingest = ingest;
		this.progress = progress;
		this.lease = lease;
		this.properties = properties;
	}

	/** Runs a pass over the configured drop root. */
	public IngestSummary runOnce() throws Exception {
		return runOnce(this.properties.dropRoot(), PassListener.NONE);
	}

	public IngestSummary runOnce(Path dropRoot) throws Exception {
		return runOnce(dropRoot, PassListener.NONE);
	}

	public IngestSummary runOnce(Path dropRoot, PassListener listener) throws Exception {
		String requestedAt = LocalDateTime.now() + "#" + this.lease.id();
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestParameters.REQUESTED_AT, requestedAt, true)
			.addString(IngestParameters.DROP_ROOT, dropRoot.toAbsolutePath().normalize().toString(), false)
			.addLong(NodeLease.JOB_PARAMETER, (long) this.lease.id(), false)
			.toJobParameters();
		List<FileOutcome> files = new CopyOnWriteArrayList<>();
		AtomicInteger givenBack = new AtomicInteger();
		this.progress.watch(requestedAt, new PassListener() {

			@Override
			public void fileDone(FileOutcome file, int done, int total) {
				files.add(file);
				listener.fileDone(file, done, total);
			}

			@Override
			public void fileFailed(FileOutcome file) {
				files.add(file);
				listener.fileFailed(file);
			}

			@Override
			public void stepProgress(PassStep step, int done, int total) {
				listener.stepProgress(step, done, total);
			}

			@Override
			public void filesGivenBack(int count) {
				givenBack.addAndGet(count);
				listener.filesGivenBack(count);
			}

		});
		this.running.add(requestedAt);
		try {
			JobExecution execution = this.jobOperator.start(this.ingest, parameters);
			boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
			// A completed pass may carry the failures of single files, each reported
			// with its file: they are not the pass's.
			return new IngestSummary(execution.getId(), execution.getStatus().name(), List.copyOf(files),
					completed ? null : PassFailure.describe(execution.getAllFailureExceptions()), givenBack.get());
		}
		finally {
			this.running.remove(requestedAt);
			this.progress.unwatch(requestedAt);
		}
	}

	/**
	 * Whether this process runs the given pass: other nodes' passes, running at the same
	 * time on the same database, are theirs to stop.
	 */
	public boolean runsHere(JobExecution execution) {
		return this.running.contains(execution.getJobParameters().getString(IngestParameters.REQUESTED_AT));
	}

}

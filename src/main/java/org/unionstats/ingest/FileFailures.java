package org.unionstats.ingest;

import java.util.Collection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sums up a partitioned step whose partitions may have failed one file each: a partition
 * that recorded its failure against its file (exit code {@value #FILE_FAILED_CODE}) does
 * not fail the step, so one file never stops the others. Any other failure still does.
 */
final class FileFailures implements StepExecutionAggregator {

	static final String FILE_FAILED_CODE = "FILE_FAILED";

	/** The exit status of a partition whose file failed, the failure recorded. */
	static final ExitStatus FILE_FAILED = new ExitStatus(FILE_FAILED_CODE,
			"handling the file failed; recorded against the file");

	private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		this.delegate.aggregate(result, executions);
		long filesFailed = executions.stream().filter(FileFailures::fileFailed).count();
		boolean othersCompleted = executions.stream()
			.allMatch((execution) -> execution.getStatus() == BatchStatus.COMPLETED || fileFailed(execution));
		if (filesFailed > 0 && othersCompleted) {
			result.setStatus(BatchStatus.COMPLETED);
			result.setExitStatus(ExitStatus.COMPLETED.addExitDescription(filesFailed + " file(s) failed"));
		}
	}

	private static boolean fileFailed(StepExecution execution) {
		return FILE_FAILED_CODE.equals(execution.getExitStatus().getExitCode());
	}

}

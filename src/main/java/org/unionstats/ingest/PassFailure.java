package org.unionstats.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Why a pass failed, in one line for whoever runs it: the root cause of the first failure
 * that is not merely a partitioned step reporting that one of its files failed.
 */
final class PassFailure {

	private PassFailure() {
	}

	static @Nullable String describe(List<Throwable> failures) {
		Throwable first = failures.stream()
			.filter((failure) -> !(failure instanceof JobExecutionException))
			.findFirst()
			.orElse(failures.isEmpty() ? null : failures.get(0));
		if (first == null) {
			return null;
		}
		Throwable root = original(first);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
		String line = message.lines().findFirst().orElse("");
		return root.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
	}

	/** What went wrong first: a rollback that failed next hides it otherwise. */
	private static Throwable original(Throwable failure) {
		if (failure instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
			return rollback.getApplicationException();
		}
		return failure;
	}

}

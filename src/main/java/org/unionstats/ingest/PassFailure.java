package org.unionstats.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecutionException;
import org.unionstats.intake.FailureReason;

/**
 * Why a pass failed, in one line for whoever runs it: the root cause of the failures,
 * leaving out the partitioned step's report that one of its files failed, a failed
 * rollback that hides what went wrong first, and a closed connection when the server said
 * why it closed it.
 */
final class PassFailure {

	private PassFailure() {
	}

	static @Nullable String describe(List<Throwable> failures) {
		List<Throwable> causes = failures.stream()
			.filter((failure) -> !(failure instanceof JobExecutionException))
			.map(FailureReason::rootCause)
			.toList();
		if (causes.isEmpty()) {
			return failures.isEmpty() ? null : FailureReason.oneLine(FailureReason.rootCause(failures.get(0)));
		}
		return FailureReason
			.oneLine(causes.stream().filter(FailureReason::fromTheServer).findFirst().orElse(causes.get(0)));
	}

}

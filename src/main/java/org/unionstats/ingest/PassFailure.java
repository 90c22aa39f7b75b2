package org.unionstats.ingest;

import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.transaction.TransactionSystemException;

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
			.map(PassFailure::rootCause)
			.toList();
		if (causes.isEmpty()) {
			return failures.isEmpty() ? null : oneLine(rootCause(failures.get(0)));
		}
		return oneLine(causes.stream().filter(PassFailure::fromTheServer).findFirst().orElse(causes.get(0)));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		if (root instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
			root = rollback.getApplicationException();
		}
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** SQL state class 08 is the client's own "connection closed" or "refused". */
	private static boolean fromTheServer(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().startsWith("08");
	}

	private static String oneLine(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().strip() : "";
		String line = message.lines().findFirst().orElse("");
		return cause.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
	}

}

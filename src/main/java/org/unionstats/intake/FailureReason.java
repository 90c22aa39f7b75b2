package org.unionstats.intake;

import java.sql.SQLException;

import org.springframework.transaction.TransactionSystemException;

/**
 * Why something failed, in one line for an operator: the root cause's class and the first
 * line of its message (a PostgreSQL error's further lines quote the row, which may hold a
 * person's data).
 */
public final class FailureReason {

	private FailureReason() {
	}

	public static String of(Throwable failure) {
		return oneLine(rootCause(failure));
	}

	public static Throwable rootCause(Throwable failure) {
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
	public static boolean fromTheServer(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().startsWith("08");
	}

	public static String oneLine(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().strip() : "";
		String line = message.lines().findFirst().orElse("");
		return cause.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
	}

}

package org.unionstats.support;

import java.sql.SQLException;

import org.springframework.dao.DataAccessException;

/**
 * Whether a failure came from the database rather than from the file being read: a
 * validation rule that looks up the registry or last period's figures can meet a dropped
 * connection, which is no reason to reject the file.
 */
public final class DatabaseFailure {

	private DatabaseFailure() {
	}

	public static boolean in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

}

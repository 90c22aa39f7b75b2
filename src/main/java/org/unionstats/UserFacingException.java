package org.unionstats;

/**
 * A problem the user can act on: printed as one line, never as a stack trace.
 */
public class UserFacingException extends RuntimeException {

	private final int exitCode;

	public UserFacingException(String message) {
		this(message, 1);
	}

	public UserFacingException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}

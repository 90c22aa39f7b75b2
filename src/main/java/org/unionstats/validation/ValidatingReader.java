package org.unionstats.validation;

public final class ValidatingReader implements AutoCloseable {

	public SubmissionItem next() {
		return null;
	}

	public void close() {
	}

}

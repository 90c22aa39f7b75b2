package org.unionstats.ingest;

import org.unionstats.intake.FileOutcome;

/**
 * Told of each file a pass finishes, with the pass's progress, and of each file it could
 * not handle.
 */
@FunctionalInterface
public interface PassListener {

	PassListener NONE = (file, done, total) -> {
	};

	void fileDone(FileOutcome file, int done, int total);

	/**
	 * Told of a file whose handling failed for a reason not its own: it is left for a
	 * later pass, or set aside.
	 */
	default void fileFailed(FileOutcome file) {
	}

	/**
	 * Told how far a step before publishing has got: once as it starts ({@code done} 0),
	 * then after each file.
	 */
	default void stepProgress(PassStep step, int done, int total) {
	}

	/**
	 * Told of files given back to the inbox unhandled, no try counted: their staging
	 * group failed before it reached them (the database gone for a moment, say). The next
	 * pass takes them.
	 */
	default void filesGivenBack(int count) {
	}

}

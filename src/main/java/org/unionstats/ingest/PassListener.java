package org.unionstats.ingest;

import org.unionstats.intake.FileOutcome;

/**
 * Told of each file a pass finishes, with the pass's progress.
 */
@FunctionalInterface
public interface PassListener {

	PassListener NONE = (file, done, total) -> {
	};

	void fileDone(FileOutcome file, int done, int total);

}

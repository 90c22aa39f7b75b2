package org.unionstats.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.unionstats.intake.FileOutcome;

/**
 * What one ingest pass did.
 *
 * @param jobExecutionId the Spring Batch execution of the pass
 * @param status the execution's final status
 * @param files every file finished by the pass
 * @param failure why the pass did not complete, in one line, or {@code null}
 * @param givenBack files given back to the inbox unhandled, their staging group having
 * failed before it reached them (no try counted; the next pass takes them)
 */
public record IngestSummary(long jobExecutionId, String status, List<FileOutcome> files, @Nullable String failure,
		int givenBack) {

	public long count(String outcome) {
		return this.files.stream().filter((file) -> file.outcome().equals(outcome)).count();
	}

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

}

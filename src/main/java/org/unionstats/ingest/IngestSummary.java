package org.unionstats.ingest;

import java.util.List;

import org.unionstats.intake.FileOutcome;

/**
 * What one ingest pass did.
 *
 * @param jobExecutionId the Spring Batch execution of the pass
 * @param status the execution's final status
 * @param files every file finished by the pass
 */
public record IngestSummary(long jobExecutionId, String status, List<FileOutcome> files) {

	public long count(String outcome) {
		return this.files.stream().filter((file) -> file.outcome().equals(outcome)).count();
	}

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

}

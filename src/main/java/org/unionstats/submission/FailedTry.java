package org.unionstats.submission;

import java.sql.Timestamp;

import org.jspecify.annotations.Nullable;

/**
 * A submission whose handling just failed, as recorded: what setting its file aside
 * needs, and how many tries in a row have failed.
 */
public record FailedTry(long submissionId, String folderCode, String originalName, String inboxPath,
		@Nullable String workPath, @Nullable String storedName, long sizeBytes, Timestamp receivedAt,
		SubmissionStatus status, @Nullable String period, int tries) {
}

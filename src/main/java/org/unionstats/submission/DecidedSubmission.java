package org.unionstats.submission;

import java.sql.Timestamp;

import org.jspecify.annotations.Nullable;

/**
 * A submission whose verdict is in, as its publication (feedback, move) needs it.
 */
public record DecidedSubmission(long submissionId, String folderCode, String originalName, String inboxPath,
		String workPath, String storedName, String sha256, SubmissionStatus status, @Nullable String federationCode,
		@Nullable String period, int errorCount, int warningCount, long dataRows, long sizeBytes,
		Timestamp receivedAt) {
}

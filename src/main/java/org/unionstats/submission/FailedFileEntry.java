package org.unionstats.submission;

import org.jspecify.annotations.Nullable;

/**
 * One file whose handling failed, as {@code status} lists it.
 *
 * @param path where the file is: the inbox (waiting for a try) or {@code failed/} (set
 * aside)
 * @param at when it last failed, or when it was set aside
 */
public record FailedFileEntry(String folderCode, String originalName, String path, @Nullable String failedStage,
		int tries, @Nullable String lastFailure, String at, SubmissionStatus status) {
}

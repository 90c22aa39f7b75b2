package org.unionstats.submission;

import java.nio.file.Path;

/**
 * A claimed submission's private copy of its file, and the folder it came from.
 */
public record ClaimedCopy(long submissionId, Path workCopy, String folderCode) {
}

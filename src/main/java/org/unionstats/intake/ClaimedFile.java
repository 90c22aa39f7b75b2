package org.unionstats.intake;

import java.nio.file.Path;

/**
 * A file claimed for processing: its submission row and its private copy.
 */
record ClaimedFile(long submissionId, String folderCode, String originalName, Path workCopy, boolean duplicate) {

}

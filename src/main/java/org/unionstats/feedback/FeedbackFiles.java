package org.unionstats.feedback;

import java.nio.file.Path;

/**
 * Where the feedback of one file was written.
 *
 * @param workbook the feedback workbook (annotated copy or issue list)
 * @param json the same issues as JSON
 */
public record FeedbackFiles(Path workbook, Path json) {

}

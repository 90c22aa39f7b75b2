package org.unionstats.feedback;

import java.nio.file.Path;

public record FeedbackFiles(Path workbook, Path json) {
}

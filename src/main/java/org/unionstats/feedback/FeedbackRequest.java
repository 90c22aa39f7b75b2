package org.unionstats.feedback;

import java.nio.file.Path;
import java.util.List;
import org.unionstats.validation.Issue;

public record FeedbackRequest(Path original, String originalName, String federationCode, String period, String sha256,
		Verdict verdict, List<Issue> issues, long dataRows) {
}

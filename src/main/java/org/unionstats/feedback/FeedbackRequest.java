package org.unionstats.feedback;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * Everything the feedback of one processed file is made of.
 *
 * @param original the file as dropped (read only, never modified)
 * @param originalName the file name the federation gave it
 * @param federationCode the federation the drop folder belongs to, or {@code null}
 * @param period the period the workbook declares, or {@code null} when unreadable
 * @param sha256 the hex SHA-256 of the original bytes
 * @param verdict the outcome
 * @param issues every issue found, in reporting order
 * @param dataRows the number of data rows read (0 when the file was not read)
 */
public record FeedbackRequest(Path original, String originalName, @Nullable String federationCode,
		@Nullable String period, @Nullable String sha256, Verdict verdict, List<Issue> issues, long dataRows) {

	public FeedbackRequest {
		issues = List.copyOf(issues);
	}

	/** How many issues are errors. */
	public int errors() {
		return count(Severity.ERROR);
	}

	/** How many issues are warnings. */
	public int warnings() {
		return count(Severity.WARNING);
	}

	private int count(Severity severity) {
		return (int) this.issues.stream().filter((issue) -> issue.severity() == severity).count();
	}

}

package org.unionstats.feedback;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Issue;

/**
 * Everything the feedback of one processed file is made of.
 *
 * @param original the file as dropped (read only, never modified)
 * @param originalName the file name the federation gave it
 * @param federationCode the federation the drop folder belongs to, or {@code null}
 * @param period the period the workbook declares, or {@code null} when unreadable
 * @param sha256 the hex SHA-256 of the original bytes
 * @param verdict the outcome
 * @param counts how many issues there are, by severity and code
 * @param issues every issue found, read as the feedback is written
 * @param dataRows the number of data rows read (0 when the file was not read)
 */
public record FeedbackRequest(Path original, String originalName, @Nullable String federationCode,
		@Nullable String period, @Nullable String sha256, Verdict verdict, IssueCounts counts, IssueSource issues,
		long dataRows) {

	/** A request for issues held in memory, in reporting order. */
	public FeedbackRequest(Path original, String originalName, @Nullable String federationCode, @Nullable String period,
			@Nullable String sha256, Verdict verdict, List<Issue> issues, long dataRows) {
		this(original, originalName, federationCode, period, sha256, verdict, IssueCounts.of(issues),
				IssueSource.of(issues), dataRows);
	}

	/** How many issues are errors. */
	public int errors() {
		return this.counts.errors();
	}

	/** How many issues are warnings. */
	public int warnings() {
		return this.counts.warnings();
	}

	/** How many issues there are in all. */
	public int issueCount() {
		return this.counts.total();
	}

}

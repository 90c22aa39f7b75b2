package org.unionstats.feedback;

import java.nio.file.Path;
import java.time.Instant;
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
 * @param folderCode the inbox folder the file came from, where a corrected file goes;
 * {@code null} to take the federation code
 * @param modified the file's modification time, or {@code null} when not known
 */
public record FeedbackRequest(Path original, String originalName, @Nullable String federationCode,
		@Nullable String period, @Nullable String sha256, Verdict verdict, IssueCounts counts, IssueSource issues,
		long dataRows, @Nullable String folderCode, @Nullable Instant modified) {

	/** A request that does not say where the file came from nor when it was saved. */
	public FeedbackRequest(Path original, String originalName, @Nullable String federationCode, @Nullable String period,
			@Nullable String sha256, Verdict verdict, IssueCounts counts, IssueSource issues, long dataRows) {
		this(original, originalName, federationCode, period, sha256, verdict, counts, issues, dataRows, null, null);
	}

	/** A request for issues held in memory, in reporting order. */
	public FeedbackRequest(Path original, String originalName, @Nullable String federationCode, @Nullable String period,
			@Nullable String sha256, Verdict verdict, List<Issue> issues, long dataRows) {
		this(original, originalName, federationCode, period, sha256, verdict, IssueCounts.of(issues),
				IssueSource.of(issues), dataRows);
	}

	/** The inbox folder a corrected file goes into, or {@code null} when not known. */
	public @Nullable String dropFolderCode() {
		return (this.folderCode != null) ? this.folderCode : this.federationCode;
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

package org.unionstats.validation;

import java.nio.file.Path;

import org.unionstats.UnionStatsProperties;
import org.unionstats.workbook.ReadLimits;

/**
 * Opens submission workbooks for reading and validation in one streaming pass.
 */
public final class SubmissionValidator {

	private final ReadLimits limits;

	private final IssueMessages messages;

	public SubmissionValidator(UnionStatsProperties settings, IssueMessages messages) {
		this.limits = ReadLimits.of(settings);
		this.messages = messages;
	}

	/**
	 * Opens the file; a bad file is not an exception but a {@link ProfileItem} carrying
	 * the file-level issue.
	 */
	public ValidatingReader open(Path file, ValidationContext context) {
		return new ValidatingReader(file, context, this.limits, this.messages);
	}

}

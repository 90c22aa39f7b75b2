package org.unionstats.validation;

import java.util.List;

import org.unionstats.workbook.SubmissionProfile;

/**
 * The first item of a submission: its profile and every file-level, profile and header
 * issue.
 *
 * @param profile the profile, or {@code null} when the file or its profile sheet cannot
 * be read
 * @param issues file-level, profile and header issues
 */
public record ProfileItem(SubmissionProfile profile, List<Issue> issues) implements SubmissionItem {

	public ProfileItem {
		issues = List.copyOf(issues);
	}

}

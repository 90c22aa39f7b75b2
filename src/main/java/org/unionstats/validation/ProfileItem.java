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
 * @param unionOrgsCell the A1 reference of the {@code 工会组织数} value, where the warehouse
 * checks place a warning about the profile as a whole ({@code null} when absent)
 */
public record ProfileItem(SubmissionProfile profile, List<Issue> issues,
		String unionOrgsCell) implements SubmissionItem {

	public ProfileItem {
		issues = List.copyOf(issues);
	}

	public ProfileItem(SubmissionProfile profile, List<Issue> issues) {
		this(profile, issues, null);
	}

}

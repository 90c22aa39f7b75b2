package org.unionstats.validation;

import java.util.List;

import org.unionstats.workbook.FacilityRow;

/**
 * One data row of a facility sheet with the issues found in it.
 *
 * @param row the row, invalid values {@code null}
 * @param issues the row's issues (a duplicate code also flags the earlier row here)
 * @param nameColumn the 0-based sheet column of {@code 名称}, or -1 when the sheet has
 * none: where the checks against the warehouse point at
 */
public record FacilityItem(FacilityRow row, List<Issue> issues, int nameColumn) implements SubmissionItem {

	public FacilityItem {
		issues = List.copyOf(issues);
	}

}

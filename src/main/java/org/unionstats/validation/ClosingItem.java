package org.unionstats.validation;

import java.util.List;

/**
 * The last item of a submission, with the issues known only at the end (totals rows, a
 * sheet that could not be read to its end).
 *
 * @param issues the closing issues
 */
public record ClosingItem(List<Issue> issues) implements SubmissionItem {

	public ClosingItem {
		issues = List.copyOf(issues);
	}

}

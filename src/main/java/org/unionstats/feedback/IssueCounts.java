package org.unionstats.feedback;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.Severity;

/**
 * How many issues a processed file has, known before any of them is read.
 *
 * @param errors how many issues are errors
 * @param warnings how many issues are warnings
 * @param byCode how many issues there are of each code found (together, every issue)
 */
public record IssueCounts(int errors, int warnings, Map<IssueCode, Integer> byCode) {

	public IssueCounts {
		byCode = Map.copyOf(byCode);
	}

	/** Counts the issues of a list. */
	public static IssueCounts of(Collection<Issue> issues) {
		Map<IssueCode, Integer> byCode = new EnumMap<>(IssueCode.class);
		int errors = 0;
		int warnings = 0;
		for (Issue issue : issues) {
			byCode.merge(issue.code(), 1, Integer::sum);
			errors += (issue.severity() == Severity.ERROR) ? 1 : 0;
			warnings += (issue.severity() == Severity.WARNING) ? 1 : 0;
		}
		return new IssueCounts(errors, warnings, byCode);
	}

	/** How many issues there are in all. */
	public int total() {
		return this.byCode.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Whether any issue has one of the codes. */
	public boolean anyOf(Set<IssueCode> codes) {
		return codes.stream().anyMatch(this.byCode::containsKey);
	}

}

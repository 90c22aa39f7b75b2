package org.unionstats.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.unionstats.validation.Issue;

/**
 * The issues of one processed file, read afresh each time they are asked for, so that
 * writing feedback never holds more of them than it is writing.
 */
public interface IssueSource {

	/** Every issue, in reporting order; the caller closes the stream. */
	Stream<Issue> inReportingOrder();

	/**
	 * Every issue, worst first: errors, then warnings, then notes, each in reporting
	 * order; the caller closes the stream.
	 */
	Stream<Issue> worstFirst();

	/** Issues held in memory. */
	static IssueSource of(List<Issue> issues) {
		List<Issue> held = List.copyOf(issues);
		return new IssueSource() {

			@Override
			public Stream<Issue> inReportingOrder() {
				return held.stream();
			}

			@Override
			public Stream<Issue> worstFirst() {
				// A stable sort: issues of one severity keep their order
				return held.stream().sorted(Comparator.comparing(Issue::severity));
			}

		};
	}

}

package org.unionstats.feedback;

import java.util.Comparator;
import java.util.List;

import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * The issues marked on one cell of a streamed sheet, in reporting order.
 *
 * @param row the 0-based row
 * @param column the 0-based column
 * @param flags the issues with their place in reporting order
 */
record CellMark(int row, int column, List<Flag> flags) {

	static CellMark of(int row, int column, List<Flag> flags) {
		return new CellMark(row, column, flags.stream().sorted(Comparator.comparingInt(Flag::order)).toList());
	}

	/** The worst severity among the issues. */
	Severity worst() {
		return this.flags.stream().map((flag) -> flag.issue().severity()).min(Enum::compareTo).orElseThrow();
	}

	List<Issue> issues() {
		return this.flags.stream().map(Flag::issue).toList();
	}

	/**
	 * An issue and its place in reporting order, which orders the messages of one cell.
	 *
	 * @param order the place in reporting order
	 * @param issue the issue
	 */
	record Flag(int order, Issue issue) {

	}

}

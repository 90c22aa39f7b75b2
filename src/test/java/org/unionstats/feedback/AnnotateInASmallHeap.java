package org.unionstats.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionstats.UnionStatsProperties;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

/**
 * Writes the feedback of a big workbook, run by
 * {@link StreamedAnnotationInASmallHeapTests} in a JVM of its own with a small heap: one
 * issue every {@value #EVERY} data rows, and one on a row after the last.
 */
public final class AnnotateInASmallHeap {

	static final int EVERY = 10;

	private AnnotateInASmallHeap() {
	}

	/** Arguments: the original, its data rows, the folder the feedback goes to. */
	public static void main(String[] args) throws Exception {
		Path original = Path.of(args[0]);
		int dataRows = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		FeedbackWriter writer = new FeedbackWriter(UnionStatsProperties.defaults(Path.of("drop")));
		FeedbackFiles files = writer.write(
				FeedbackWriterTests.request(original, Verdict.REJECTED, issues(dataRows), dataRows),
				out.resolve("feedback.xlsx"), out.resolve("feedback.json"), out.resolve("work"));
		System.out.println("written " + Files.size(files.workbook()) + " bytes, heap used at most "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
	}

	static List<Issue> issues(int dataRows) {
		List<Issue> issues = new ArrayList<>();
		for (int row = 3; row < dataRows + 3; row += EVERY) {
			issues.add(TestWorkbooks.cellIssue(IssueCode.VALUE_RANGE, TestWorkbooks.STATIONS, "D" + row, "1"));
		}
		issues.add(TestWorkbooks.rowIssue(IssueCode.TOTAL_ROW_MISMATCH, TestWorkbooks.STATIONS, dataRows + 10));
		return issues;
	}

}

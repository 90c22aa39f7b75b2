package org.unionstats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

import org.unionstats.UnionStatsProperties;
import org.unionstats.feedback.FeedbackRequest;
import org.unionstats.feedback.FeedbackWriter;
import org.unionstats.feedback.Verdict;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.SubmissionWorkbookWriter;
import org.unionstats.workbook.TemplateV1;

import static org.unionstats.support.Submissions.profile;

/**
 * Times publishing the feedback of one submission with issues (the annotated copy and the
 * JSON, as {@link FeedbackWriter} writes them) for workbooks of N facility rows, printing
 * CPU (the thread's and the whole process's, collector and compiler included) and wall
 * time a file. A size ending in {@code c} (e.g. {@code 3c}) times a file without issues,
 * which gets the summary alone. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=FeedbackBenchmark -Dbench.args="3 2000 3c"}.
 */
public final class FeedbackBenchmark {

	private static final int WARM_UP = 300;

	private static final int MEASURED = 1000;

	private FeedbackBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Files.createTempDirectory("feedback-bench");
		String[] sizes = (args.length > 0) ? args : new String[] { "3" };
		System.out.printf("%8s %7s %14s %15s %14s%n", "rows", "files", "thread cpu ms", "process cpu ms", "wall ms");
		for (String size : sizes) {
			boolean clean = size.endsWith("c");
			run(dir, Integer.parseInt(clean ? size.substring(0, size.length() - 1) : size), clean);
		}
	}

	private static void run(Path dir, int rows, boolean clean) throws IOException {
		Path original = dir.resolve(rows + ".xlsx");
		List<FacilityRow> facilities = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			facilities.add(new FacilityRow(FacilityType.SERVICE_STATION, 0, "F" + i, "服务站" + i, "地址" + i, "运行",
					new java.math.BigDecimal("120.5"), 3, java.time.LocalDate.of(2016, 5, 1), true, null, List.of(),
					null, null, null, null, null, null, null));
		}
		SubmissionWorkbookWriter.write(original, profile("110102020", "广安门外街道", "西城区", "2017", 500, 5000), facilities);
		List<Issue> issues = List.of(
				new Issue(IssueCode.NAME_MISMATCH, IssueCode.NAME_MISMATCH.severity(), TemplateV1.PROFILE_SHEET, "B4",
						4, "街道名称", "广外街道", "街道名称与名录不符：广外街道", "The name differs from the registry: 广外街道"),
				new Issue(IssueCode.VALUE_RANGE, IssueCode.VALUE_RANGE.severity(), "工会服务站", "F" + (rows + 2), rows + 2,
						"面积（平方米）", "-1", "面积超出范围：-1", "Area out of range: -1"),
				new Issue(IssueCode.DATE_FUTURE, IssueCode.DATE_FUTURE.severity(), "工会服务站", "H3", 3, "启用日期",
						"2099-01-01", "启用日期晚于报送期：2099-01-01", "Opening date after the period: 2099-01-01"));
		FeedbackRequest request = new FeedbackRequest(original, "2017.xlsx", "110102020", "2017", "ab".repeat(32),
				clean ? Verdict.ACCEPTED : Verdict.REJECTED, clean ? List.of() : issues, rows);
		FeedbackWriter writer = new FeedbackWriter(UnionStatsProperties.defaults(dir));
		int measured = (rows <= 100) ? MEASURED : Math.max(20, MEASURED * 3 / rows);
		for (int i = 0; i < Math.min(WARM_UP, measured); i++) {
			write(writer, request, dir, i);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long thread = threads.getCurrentThreadCpuTime();
		long process = os.getProcessCpuTime();
		long wall = System.nanoTime();
		for (int i = 0; i < measured; i++) {
			write(writer, request, dir, i);
		}
		System.out.printf("%8s %7d %14.2f %15.2f %14.2f%n", rows + (clean ? "c" : ""), measured,
				(threads.getCurrentThreadCpuTime() - thread) / 1e6 / measured,
				(os.getProcessCpuTime() - process) / 1e6 / measured, (System.nanoTime() - wall) / 1e6 / measured);
	}

	private static void write(FeedbackWriter writer, FeedbackRequest request, Path dir, int i) {
		Path out = dir.resolve("out");
		writer.write(request, out.resolve((i % 10) + ".xlsx"), out.resolve((i % 10) + ".json"), dir.resolve("work"));
	}

}

package org.unionstats.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.unionstats.feedback.FeedbackWriter;
import org.unionstats.support.ChildJvm;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.workbook.CellValue;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.ReadLimits;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.SheetRow;
import org.unionstats.workbook.WorkbookOpener;
import org.unionstats.workbook.WorkbookSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * A workbook with an error in nearly every cell gets every issue back, from a process
 * whose heap could not hold them all at once.
 */
@IntegrationTest
@SampleRegistry
class ManyIssuesIntegrationTests {

	static final String TIANQIAO = "110102014";

	/** Seven errors a row: 150,500 issues, about 90 MB as objects. */
	static final int ROWS = 21_500;

	static final int ERRORS_PER_ROW = 7;

	/**
	 * Publication that loaded every issue ran out of memory in this heap (and in 256 MiB:
	 * the shared strings of the issue list); see docs/benchmarks.md.
	 */
	static final String HEAP = "96m";

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@Test
	void everyIssueOfAWorkbookWrongInEveryCellReachesTheFeedbackFromAProcessWithASmallHeap() throws Exception {
		drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567),
				rowsWithSevenErrors(ROWS));

		ChildJvm ingest = ChildJvm.start(HEAP, List.of(), "ingest", "--unionstats.drop-root=" + this.dropRoot,
				"--unionstats.quiet-time=0s");

		assertThat(ingest.waitFor()).as(ingest.output()).isZero();
		assertThat(ingest.output()).doesNotContain("OutOfMemoryError").contains("1 rejected");
		assertThat(this.jdbc.sql("""
				SELECT status || ' errors=' || error_count || ' finished=' || (finished_at IS NOT NULL)
				FROM ops.submission""").query(String.class).single())
			.isEqualTo("REJECTED errors=" + ROWS * ERRORS_PER_ROW + " finished=true");
		Map<String, Integer> stored = storedIssuesByCode();
		assertThat(stored.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ROWS * ERRORS_PER_ROW);
		Path workbook = feedback(".xlsx");
		assertThat(sheetNames(workbook)).as("more issues than a copy is marked with: the list alone")
			.containsExactly(FeedbackWriter.RESULT_SHEET);
		assertThat(listedIssuesByCode(workbook)).isEqualTo(stored);
		assertThat(jsonIssuesByCode(feedback(".json"))).isEqualTo(stored);
	}

	@Test
	void aBigWorkbooksCopyIsAnnotatedAsAStreamInTheSameSmallHeap() throws Exception {
		// Made in memory, this copy ran out of this heap and fell back to the list alone
		List<FacilityRow> rows = new ArrayList<>();
		for (int i = 1; i <= 10_000; i++) {
			rows.add(serviceStation("S" + i, "服务站" + i, "运行"));
		}
		// A name other than the registry's: one warning, so there is something to mark.
		drop(this.dropRoot, TIANQIAO, "天桥.xlsx", profile(TIANQIAO, "天桥街道办", "西城区", "2017", 844, 5567), rows);

		ChildJvm ingest = ChildJvm.start(HEAP, List.of(), "ingest", "--unionstats.drop-root=" + this.dropRoot,
				"--unionstats.quiet-time=0s");

		assertThat(ingest.waitFor()).as(ingest.output()).isZero();
		assertThat(ingest.output()).contains("1 accepted")
			.doesNotContain("Could not annotate")
			.doesNotContain("OutOfMemoryError");
		assertThat(sheetNames(feedback(".xlsx"))).first().isEqualTo(FeedbackWriter.RESULT_SHEET);
		assertThat(sheetNames(feedback(".xlsx"))).hasSizeGreaterThan(2);
	}

	/**
	 * Each row: a code of Chinese characters, no name, no address, a negative area, too
	 * many staff, an opening date after the period, an unknown status.
	 */
	static List<FacilityRow> rowsWithSevenErrors(int count) {
		List<FacilityRow> rows = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			rows.add(new FacilityRow(FacilityType.SERVICE_STATION, 0, "服务站" + i, null, null, "开放", new BigDecimal(-i),
					1000 + i, LocalDate.of(2099, 1, 1), null, null, List.of(), null, null, null, null, null, null,
					null));
		}
		return rows;
	}

	private Map<String, Integer> storedIssuesByCode() {
		Map<String, Integer> counts = new TreeMap<>();
		this.jdbc.sql("SELECT code, count(*) FROM ops.issue GROUP BY code").query((rs) -> {
			counts.put(rs.getString(1), rs.getInt(2));
		});
		return counts;
	}

	private Path feedback(String extension) throws IOException {
		try (Stream<Path> files = Files.list(this.dropRoot.resolve("feedback").resolve(TIANQIAO))) {
			return files.filter((file) -> file.toString().endsWith(extension)).findFirst().orElseThrow();
		}
	}

	private static List<String> sheetNames(Path workbook) {
		try (WorkbookSource source = open(workbook)) {
			return source.sheetNames();
		}
	}

	/** The issue rows of the list sheet, counted by the code in their second column. */
	private static Map<String, Integer> listedIssuesByCode(Path workbook) {
		Map<String, Integer> counts = new TreeMap<>();
		try (WorkbookSource source = open(workbook); SheetCursor rows = source.openSheet(FeedbackWriter.RESULT_SHEET)) {
			boolean issues = false;
			for (SheetRow row = rows.next(); row != null; row = rows.next()) {
				CellValue cell = row.cell(1);
				String code = (cell != null) ? cell.text() : null;
				if (issues && code != null) {
					counts.merge(code, 1, Integer::sum);
				}
				// The issues follow the header row, whose second column is 代码 above Code
				issues = issues || "代码\nCode".equals(code);
			}
		}
		return counts;
	}

	private static WorkbookSource open(Path workbook) {
		return new WorkbookOpener(new ReadLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)).open(workbook);
	}

	/** The issues of the JSON, read as a stream and counted by code. */
	private static Map<String, Integer> jsonIssuesByCode(Path json) {
		Map<String, Integer> counts = new TreeMap<>();
		try (JsonParser parser = JsonMapper.shared().createParser(json.toFile())) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("code")) {
					counts.merge(parser.nextStringValue(), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

}

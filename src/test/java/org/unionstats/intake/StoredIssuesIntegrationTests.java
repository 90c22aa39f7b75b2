package org.unionstats.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.unionstats.feedback.IssueSource;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.warehouse.StagingWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission's issues read back from {@code ops.issue} in the orders the feedback
 * writes them, a page at a time as publication does.
 */
@IntegrationTest
class StoredIssuesIntegrationTests {

	private static final long SUBMISSION = 7;

	private static final List<IssueCode> CODES = List.of(IssueCode.ORG_SUM, IssueCode.DUPLICATE_FILE,
			IssueCode.VALUE_RANGE, IssueCode.FACILITY_RENAMED, IssueCode.CODE_FORMAT);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StagingWriter staging;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void readsEveryIssueInReportingOrderAndWorstFirstAsAListIsSorted() {
		List<Issue> issues = issues(2_500);
		this.staging.writeIssues(SUBMISSION + 1, issues(10));
		this.staging.writeIssues(SUBMISSION, issues);
		StoredIssues stored = new StoredIssues(this.jdbc, SUBMISSION);

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			assertThat(list(stored.inReportingOrder())).isEqualTo(issues);
			assertThat(list(stored.worstFirst())).isEqualTo(list(IssueSource.of(issues).worstFirst()))
				.isNotEqualTo(issues);
		});
	}

	@Test
	void countsTheIssuesOfEachCode() {
		this.staging.writeIssues(SUBMISSION + 1, issues(10));
		this.staging.writeIssues(SUBMISSION, issues(12));

		Map<IssueCode, Integer> expected = new EnumMap<>(IssueCode.class);
		expected.putAll(Map.of(IssueCode.ORG_SUM, 3, IssueCode.DUPLICATE_FILE, 3, IssueCode.VALUE_RANGE, 2,
				IssueCode.FACILITY_RENAMED, 2, IssueCode.CODE_FORMAT, 2));
		assertThat(new StoredIssues(this.jdbc, SUBMISSION).countByCode()).isEqualTo(expected);
	}

	/** Warnings, notes and errors in turn, each a different cell. */
	private static List<Issue> issues(int count) {
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			IssueCode code = CODES.get(i % CODES.size());
			issues.add(new Issue(code, code.severity(), "工会服务站", "D" + (i + 2), i + 2, "面积（平方米）",
					(i % 7 == 0) ? null : "-" + i, "第" + (i + 2) + "行有误", "Row " + (i + 2) + " is wrong"));
		}
		return issues;
	}

	private static List<Issue> list(Stream<Issue> issues) {
		try (issues) {
			return issues.toList();
		}
	}

}

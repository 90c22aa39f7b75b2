package org.unionstats.warehouse;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.approval.ReviewGate;
import org.unionstats.registry.Period;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.submission.SubmissionStatus;
import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * Judges a staged submission: any error rejects it as a whole, so do figures approved in
 * the review; otherwise the warehouse checks add their warnings and it is merged. Runs in
 * the caller's transaction, so the verdict, its issues and the merge commit together.
 */
@Component
public class SubmissionDecider {

	private final JdbcClient jdbc;

	private final WarehouseChecks checks;

	private final SubmissionMerger merger;

	private final StagingWriter staging;

	private final SnapshotStatistics statistics;

	private final SubmissionLedger ledger;

	private final ReviewGate review;

	SubmissionDecider(JdbcClient jdbc, WarehouseChecks checks, SubmissionMerger merger, StagingWriter staging,
			SnapshotStatistics statistics, SubmissionLedger ledger, ReviewGate review) {
		this.review = review;
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.checks = checks;
		this.merger = merger;
		this.staging = staging;
		this.ledger = ledger;
	}

	public void decide(long submissionId) {
		this.statistics.refreshIfStale();
		// The driver prepares these statements once per connection, and PostgreSQL may
		// then keep a generic plan made while the period's snapshot was still small: plan
		// each time instead, from the tables as they are now (a millisecond).
		this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		StagedSubmission staged = this.jdbc
			.sql("""
					SELECT s.received_at, p.federation_code, p.period,
					       (SELECT count(*) FROM ops.issue i WHERE i.submission_id = s.submission_id AND i.severity = 'ERROR')
					FROM ops.submission s LEFT JOIN staging.profile p USING (submission_id)
					WHERE s.submission_id = :id""")
			.param("id", submissionId)
			.query((rs, row) -> new StagedSubmission(rs.getTimestamp(1), rs.getString(2), Period.parse(rs.getString(3)),
					rs.getLong(4)))
			.single();
		SubmissionStatus status;
		if (staged.errors() > 0 || staged.period().isEmpty() || staged.federationCode() == null) {
			status = SubmissionStatus.REJECTED;
		}
		else if (refusedByTheReview(submissionId, staged.federationCode(), staged.period().get())) {
			status = SubmissionStatus.REJECTED;
		}
		else {
			this.checks.check(submissionId, staged.federationCode(), staged.period().get(),
					(warnings) -> this.staging.writeIssues(submissionId, warnings));
			status = this.merger.merge(submissionId, staged.federationCode(), staged.period().get(),
					staged.receivedAt());
		}
		this.ledger.decided(submissionId, staged.federationCode(), staged.period().map(Period::text).orElse(null),
				status);
	}

	/**
	 * Writes the review's issues; whether they refuse the submission (PERIOD_APPROVED).
	 */
	private boolean refusedByTheReview(long submissionId, String federationCode, Period period) {
		List<Issue> review = this.review.issuesFor(federationCode, period);
		if (!review.isEmpty()) {
			this.staging.writeIssues(submissionId, review);
		}
		return review.stream().anyMatch((issue) -> issue.severity() == Severity.ERROR);
	}

	private record StagedSubmission(Timestamp receivedAt, String federationCode, Optional<Period> period, long errors) {
	}

}

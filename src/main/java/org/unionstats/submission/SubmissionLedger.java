package org.unionstats.submission;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.cluster.NodeLease;
import org.unionstats.people.LocalTimes;
import org.unionstats.support.IndependentTransactions;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;

/**
 * Every read and write of {@code ops.submission} on a file's way from its claim through
 * its verdict to its publication ({@link FailedTries} records a failed try). Each method
 * says which transaction it runs in: one of its own (committed at once, seen by other
 * processes straight away) or the caller's (committed with the chunk that did the work).
 */
@Component
public class SubmissionLedger {

	/** The submissions of a job execution whose verdict is in and that wait for it. */
	private static final String DECIDED_UNPUBLISHED = "job_execution_id = :job AND finished_at IS NULL"
			+ " AND status IN (:decided)";

	/** One bucket of folders; see {@link #inBucket}. */
	private static final String IN_BUCKET = "(hashtext(folder_code) & 2147483647) % :buckets = :bucket";

	private static final List<String> DECIDED = Stream.of(SubmissionStatus.values())
		.filter(SubmissionStatus::isDecided)
		.map(SubmissionStatus::name)
		.toList();

	/** Neither an original drop nor a drop of its own: what a duplicate cannot repeat. */
	private static final List<String> NOT_ORIGINAL = List.of(SubmissionStatus.DUPLICATE.name(),
			SubmissionStatus.FAILED.name());

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	private final NodeLease lease;

	private final IssueMessages messages;

	private final LocalTimes times;

	SubmissionLedger(JdbcClient jdbc, IndependentTransactions transactions, NodeLease lease, IssueMessages messages,
			UnionStatsProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.lease = lease;
		this.messages = messages;
		this.times = LocalTimes.of(properties);
	}

	// Claiming

	/**
	 * Claims an inbox file for the job execution under this process's lease, in a
	 * transaction of its own; empty when an unfinished claim of the same path exists.
	 */
	public Optional<Long> claim(String folderCode, String name, Path inboxPath, long size, Instant receivedAt,
			long jobExecutionId) {
		return this.transactions.execute(() -> this.jdbc.sql("""
				INSERT INTO ops.submission (folder_code, original_name, inbox_path, size_bytes, sha256, received_at,
				                            claim_lease, claimed_by, job_execution_id, status)
				VALUES (:folder, :name, :path, :size, '', :received, :lease, :by, :job, :status)
				ON CONFLICT (inbox_path) WHERE finished_at IS NULL DO NOTHING
				RETURNING submission_id""")
			.param("folder", folderCode)
			.param("name", name)
			.param("path", inboxPath.toAbsolutePath().toString())
			.param("size", size)
			.param("received", Timestamp.from(receivedAt))
			.param("lease", this.lease.id())
			.param("by", this.lease.description())
			.param("job", jobExecutionId)
			.param("status", SubmissionStatus.CLAIMED.name())
			.query(Long.class)
			.optional());
	}

	/**
	 * Records the claimed file's hash, stored name and private copy, in a transaction of
	 * its own; a file whose bytes came from the same folder before is decided at once as
	 * {@link SubmissionStatus#DUPLICATE}, with an issue naming the original.
	 * @return whether the file is a duplicate
	 */
	public boolean recordContent(long submissionId, String folderCode, String sha256, Path workCopy,
			StoredNaming naming) {
		return Boolean.TRUE.equals(this.transactions.execute(() -> {
			// Serialise claims per folder so that two identical drops are told apart.
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:folder))")
				.param("folder", folderCode)
				.query()
				.singleRow();
			// A duplicate repeats the bytes of a non-duplicate: when a crash dropped
			// the original's claim, its re-claim is the original again. Failed tries
			// are neither originals nor drops of their own.
			SameBytes same = this.jdbc.sql("""
					SELECT count(*) FILTER (WHERE status <> :failed),
					       count(*) FILTER (WHERE status NOT IN (:notOriginal))
					FROM ops.submission
					WHERE folder_code = :folder AND sha256 = :sha AND submission_id <> :id""")
				.param("failed", SubmissionStatus.FAILED.name())
				.param("notOriginal", NOT_ORIGINAL)
				.param("folder", folderCode)
				.param("sha", sha256)
				.param("id", submissionId)
				.query((rs, row) -> new SameBytes(rs.getInt(1), rs.getInt(2) > 0))
				.single();
			boolean duplicate = same.hasOriginal();
			this.jdbc.sql("""
					UPDATE ops.submission
					SET sha256 = :sha, stored_name = :stored, work_path = :work,
					    status = CASE WHEN :seen THEN :duplicate ELSE status END,
					    decided_at = CASE WHEN :seen THEN now() END
					WHERE submission_id = :id""")
				.param("sha", sha256)
				.param("stored", naming.storedName(same.count(), duplicate))
				.param("work", workCopy.toString())
				.param("seen", duplicate)
				.param("duplicate", SubmissionStatus.DUPLICATE.name())
				.param("id", submissionId)
				.update();
			if (duplicate) {
				recordDuplicateIssue(submissionId, folderCode, sha256);
			}
			return duplicate;
		}));
	}

	private void recordDuplicateIssue(long submissionId, String folderCode, String sha256) {
		this.jdbc.sql("""
				SELECT original_name, claimed_at FROM ops.submission
				WHERE folder_code = :folder AND sha256 = :sha AND submission_id <> :id AND status NOT IN (:notOriginal)
				ORDER BY submission_id LIMIT 1""")
			.param("folder", folderCode)
			.param("sha", sha256)
			.param("id", submissionId)
			.param("notOriginal", NOT_ORIGINAL)
			.query((rs, row) -> this.messages.fileIssue(IssueCode.DUPLICATE_FILE, rs.getString(1),
					this.times.shown(rs.getTimestamp(2).toInstant())))
			.optional()
			.ifPresent((issue) -> recordIssue(submissionId, issue));
	}

	// One issue, where staging's COPY of thousands is more than the job needs.
	private void recordIssue(long submissionId, Issue issue) {
		this.jdbc.sql("""
				INSERT INTO ops.issue (submission_id, code, severity, sheet, cell_ref, row_no, column_name, value,
				                       message_zh, message_en)
				VALUES (:id, :code, :severity, :sheet, :cell, :row, :column, :value, :zh, :en)""")
			.param("id", submissionId)
			.param("code", issue.code().name())
			.param("severity", issue.severity().name())
			.param("sheet", issue.sheet())
			.param("cell", issue.cellRef())
			.param("row", issue.row())
			.param("column", issue.column())
			.param("value", issue.value())
			.param("zh", issue.messageZh())
			.param("en", issue.messageEn())
			.update();
	}

	/**
	 * Gives a claim up (its file changed while it was copied), in a transaction of its
	 * own: the file stays in the inbox for a later pass.
	 */
	public void release(long submissionId) {
		this.transactions.run(() -> this.jdbc.sql("SELECT ops.delete_submission(:id, NULL)")
			.param("id", submissionId)
			.query(Boolean.class)
			.single());
	}

	// Recovering the claims of dead processes

	/** The unfinished claims of other job executions, in the caller's transaction. */
	public List<StaleClaim> claimsOfOtherExecutions(long jobExecutionId) {
		return this.jdbc.sql("""
				SELECT s.submission_id, s.claim_lease, s.status,
				       NOT EXISTS (SELECT FROM batch_job_execution e
				                   WHERE e.job_execution_id = s.job_execution_id
				                     AND e.status IN ('STARTING', 'STARTED', 'STOPPING')) AS execution_ended
				FROM ops.submission s
				WHERE s.finished_at IS NULL AND s.job_execution_id <> :job
				ORDER BY s.submission_id""").param("job", jobExecutionId).query(StaleClaim.class).list();
	}

	/**
	 * Takes a decided claim over from a dead lease for the job execution, in a
	 * transaction of its own.
	 * @return whether it was taken (not already by another pass)
	 */
	public boolean takeOver(StaleClaim claim, long jobExecutionId) {
		int taken = this.transactions.execute(() -> this.jdbc.sql("""
				UPDATE ops.submission SET claim_lease = :lease, claimed_by = :by, job_execution_id = :job
				WHERE submission_id = :id AND claim_lease = :stale AND finished_at IS NULL""")
			.param("lease", this.lease.id())
			.param("by", this.lease.description())
			.param("job", jobExecutionId)
			.param("id", claim.submissionId())
			.param("stale", claim.claimLease())
			.update());
		return taken == 1;
	}

	/**
	 * Deletes an undecided claim of a dead lease with its staging rows and issues, in a
	 * transaction of its own.
	 * @return whether it was dropped (not already by another pass)
	 */
	public boolean drop(StaleClaim claim) {
		return this.transactions.execute(() -> this.jdbc.sql("SELECT ops.delete_submission(:id, :stale)")
			.param("id", claim.submissionId())
			.param("stale", claim.claimLease())
			.query(Boolean.class)
			.single());
	}

	/**
	 * Whether the submission is claimed and not finished, in the caller's transaction.
	 */
	public boolean isOpen(long submissionId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM ops.submission WHERE submission_id = :id AND finished_at IS NULL)")
			.param("id", submissionId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the submission is claimed and not yet staged, in the caller's transaction.
	 */
	public boolean isClaimed(long submissionId) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT FROM ops.submission
				               WHERE submission_id = :id AND status = :claimed AND finished_at IS NULL)""")
			.param("id", submissionId)
			.param("claimed", SubmissionStatus.CLAIMED.name())
			.query(Boolean.class)
			.single();
	}

	// Staging, deciding and publishing a pass's submissions

	/**
	 * The job execution's claims waiting to be staged, largest first (they take longest).
	 */
	public List<Long> claimedBy(long jobExecutionId) {
		return this.jdbc.sql("""
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND status = :claimed AND finished_at IS NULL
				ORDER BY size_bytes DESC, submission_id""")
			.param("job", jobExecutionId)
			.param("claimed", SubmissionStatus.CLAIMED.name())
			.query(Long.class)
			.list();
	}

	/**
	 * The private copies of those of the submissions that are still claimed and not
	 * staged, in the order given.
	 */
	public List<ClaimedCopy> claimedCopies(List<Long> submissionIds) {
		return this.jdbc.sql("""
				SELECT s.submission_id, s.work_path, s.folder_code
				FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS g (submission_id, position)
				JOIN ops.submission s USING (submission_id)
				WHERE s.status = :claimed AND s.finished_at IS NULL
				ORDER BY g.position""")
			.param("ids", submissionIds.toArray(Long[]::new))
			.param("claimed", SubmissionStatus.CLAIMED.name())
			.query((rs, row) -> new ClaimedCopy(rs.getLong(1), Path.of(rs.getString(2)), rs.getString(3)))
			.list();
	}

	/**
	 * Gives up a claim that was never staged (its group failed before reaching it), in a
	 * transaction of its own: the file stays in the inbox for a later pass, with no try
	 * counted.
	 * @return whether it was given up (it was still claimed and not staged)
	 */
	public boolean releaseUnstaged(long submissionId) {
		return this.transactions.execute(() -> this.jdbc.sql("""
				SELECT ops.delete_submission(submission_id, NULL) FROM ops.submission
				WHERE submission_id = :id AND status = :claimed AND finished_at IS NULL""")
			.param("id", submissionId)
			.param("claimed", SubmissionStatus.CLAIMED.name())
			.query(Boolean.class)
			.optional()
			.orElse(false));
	}

	/**
	 * Marks a claim as staged, with its count of rows, once its last chunk is in: from
	 * then on it may be decided.
	 */
	public void staged(long submissionId) {
		this.jdbc.sql("""
				UPDATE ops.submission
				SET status = :staged,
				    data_rows = (SELECT count(*) FROM staging.facility WHERE submission_id = :id)
				WHERE submission_id = :id AND status = :claimed""")
			.param("staged", SubmissionStatus.STAGED.name())
			.param("claimed", SubmissionStatus.CLAIMED.name())
			.param("id", submissionId)
			.update();
	}

	/**
	 * The job execution's staged submissions from the folders of one bucket, in the order
	 * they were received.
	 */
	public List<Long> stagedIn(long jobExecutionId, int bucket, int buckets) {
		return inBucket("""
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND status = :staged AND finished_at IS NULL AND %s
				ORDER BY received_at, submission_id""".formatted(IN_BUCKET), jobExecutionId, bucket, buckets)
			.param("staged", SubmissionStatus.STAGED.name())
			.query(Long.class)
			.list();
	}

	/**
	 * How many of the job execution's submissions are staged and wait for their verdict.
	 */
	public int countStaged(long jobExecutionId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM ops.submission
				WHERE job_execution_id = :job AND status = :staged AND finished_at IS NULL""")
			.param("job", jobExecutionId)
			.param("staged", SubmissionStatus.STAGED.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Records the verdict in the caller's transaction (with the issues behind it and the
	 * merge, if any): the federation and period the submission declares, its status, and
	 * its errors and warnings counted from its issues.
	 */
	public void decided(long submissionId, @Nullable String federationCode, @Nullable String period,
			SubmissionStatus status) {
		this.jdbc
			.sql("""
					UPDATE ops.submission s SET
					  federation_code = :fed, period = :period, status = :status, decided_at = now(),
					  error_count = (SELECT count(*) FROM ops.issue i WHERE i.submission_id = s.submission_id AND i.severity = 'ERROR'),
					  warning_count = (SELECT count(*) FROM ops.issue i WHERE i.submission_id = s.submission_id AND i.severity = 'WARNING')
					WHERE s.submission_id = :id""")
			.param("fed", federationCode)
			.param("period", period)
			.param("status", status.name())
			.param("id", submissionId)
			.update();
	}

	/**
	 * Whether a submission of the federation and period received later (then claimed
	 * later) is already in force.
	 */
	public boolean hasNewerAccepted(long submissionId, String federationCode, String period, Timestamp receivedAt) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM ops.submission
				               WHERE federation_code = :fed AND period = :period AND status = 'ACCEPTED'
				                 AND (received_at, submission_id) > (:received, :id))""")
			.param("fed", federationCode)
			.param("period", period)
			.param("received", receivedAt)
			.param("id", submissionId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The submission in force for the federation and period, if any, is superseded; in
	 * the caller's transaction (the merge of its successor).
	 */
	public void supersedeAccepted(String federationCode, String period) {
		this.jdbc.sql("""
				UPDATE ops.submission SET status = 'SUPERSEDED'
				WHERE federation_code = :fed AND period = :period AND status = 'ACCEPTED'""")
			.param("fed", federationCode)
			.param("period", period)
			.update();
	}

	/** How many of the job execution's submissions wait for their publication. */
	public int countDecidedUnpublished(long jobExecutionId) {
		return this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE " + DECIDED_UNPUBLISHED)
			.param("job", jobExecutionId)
			.param("decided", DECIDED)
			.query(Integer.class)
			.single();
	}

	/**
	 * The job execution's submissions waiting for their publication, from the folders of
	 * one bucket.
	 */
	public List<Long> decidedUnpublishedIn(long jobExecutionId, int bucket, int buckets) {
		return inBucket("""
				SELECT submission_id FROM ops.submission
				WHERE %s AND %s
				ORDER BY submission_id""".formatted(DECIDED_UNPUBLISHED, IN_BUCKET), jobExecutionId, bucket, buckets)
			.param("decided", DECIDED)
			.query(Long.class)
			.list();
	}

	/**
	 * Folders are bucketed by a hash of their name, as the ingest job's partitioner
	 * numbers the buckets: one federation's files in one bucket.
	 */
	private JdbcClient.StatementSpec inBucket(String sql, long jobExecutionId, int bucket, int buckets) {
		return this.jdbc.sql(sql).param("job", jobExecutionId).param("bucket", bucket).param("buckets", buckets);
	}

	/** A decided submission, as its publication needs it. */
	public DecidedSubmission decidedSubmission(long submissionId) {
		return this.jdbc.sql("""
				SELECT submission_id, folder_code, original_name, inbox_path, work_path, stored_name, sha256, status,
				       federation_code, period, error_count, warning_count, coalesce(data_rows, 0) AS data_rows,
				       size_bytes, received_at
				FROM ops.submission WHERE submission_id = :id""")
			.param("id", submissionId)
			.query(DecidedSubmission.class)
			.single();
	}

	/**
	 * Finishes a published submission, in the caller's transaction: its original and
	 * feedback are in place.
	 */
	public void published(long submissionId, Path placed, Path feedback) {
		this.jdbc.sql("""
				UPDATE ops.submission SET placed_path = :placed, feedback_path = :feedback, finished_at = now()
				WHERE submission_id = :id""")
			.param("placed", placed.toString())
			.param("feedback", feedback.toString())
			.param("id", submissionId)
			.update();
	}

	/**
	 * Names a claimed file's stored copy (its name once moved out of the inbox).
	 */
	@FunctionalInterface
	public interface StoredNaming {

		/**
		 * @param sameBytesBefore how many earlier tries of the folder had the same bytes
		 * @param duplicate whether the file repeats an original drop
		 */
		String storedName(int sameBytesBefore, boolean duplicate);

	}

	private record SameBytes(int count, boolean hasOriginal) {
	}

}

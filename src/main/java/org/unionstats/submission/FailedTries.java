package org.unionstats.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.support.IndependentTransactions;

/**
 * The failed tries of {@code ops.submission}: a file whose handling failed for a reason
 * of its own is counted a try, and set aside in {@code failed/} after the configured
 * number; what waits for another try and what was set aside, for {@code status} and the
 * console.
 */
@Component
public class FailedTries {

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	FailedTries(JdbcClient jdbc, IndependentTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Finishes an open submission as {@link SubmissionStatus#FAILED} before its verdict,
	 * in a transaction of its own: nothing of it stays in staging, and its tries count on
	 * from the previous failed try of the same version of the file.
	 * @return the try recorded, empty when the submission is no longer open
	 */
	public Optional<FailedTry> failedBeforeVerdict(long submissionId, FailureStage stage, String reason) {
		return this.transactions.execute(() -> this.jdbc.sql("""
				WITH facilities AS (
				    DELETE FROM staging.facility WHERE submission_id = :id
				), profile AS (
				    DELETE FROM staging.profile WHERE submission_id = :id
				), issues AS (
				    DELETE FROM ops.issue WHERE submission_id = :id
				)
				UPDATE ops.submission s
				SET status = :failed, finished_at = now(), failed_stage = :stage, last_failure = :reason,
				    last_failed_at = now(), federation_code = NULL, period = NULL, error_count = 0, warning_count = 0,
				    tries = 1 + coalesce((
				        SELECT CASE WHEN p.status = :failed AND p.set_aside_at IS NULL AND p.size_bytes = s.size_bytes
				                         AND p.received_at = s.received_at THEN p.tries ELSE 0 END
				        FROM ops.submission p
				        WHERE p.inbox_path = s.inbox_path AND p.submission_id < s.submission_id
				        ORDER BY p.submission_id DESC LIMIT 1), 0)
				WHERE s.submission_id = :id AND s.finished_at IS NULL
				RETURNING s.submission_id, s.folder_code, s.original_name, s.inbox_path, NULL AS work_path,
				          s.stored_name, s.size_bytes, s.received_at, s.status, s.period, s.tries""")
			.param("id", submissionId)
			.param("failed", SubmissionStatus.FAILED.name())
			.param("stage", stage.key())
			.param("reason", reason)
			.query(FailedTry.class)
			.optional());
	}

	/**
	 * Counts a failed publication of a decided submission, in a transaction of its own;
	 * its verdict stands.
	 */
	public FailedTry failedToPublish(long submissionId, String reason) {
		return this.transactions.execute(() -> this.jdbc.sql("""
				UPDATE ops.submission
				SET tries = tries + 1, failed_stage = :stage, last_failure = :reason, last_failed_at = now()
				WHERE submission_id = :id
				RETURNING submission_id, folder_code, original_name, inbox_path, work_path, stored_name, size_bytes,
				          received_at, status, period, tries""")
			.param("id", submissionId)
			.param("stage", FailureStage.PUBLISH.key())
			.param("reason", reason)
			.query(FailedTry.class)
			.single());
	}

	/**
	 * Records that the submission's file was set aside in {@code failed/}, in a
	 * transaction of its own; finishes the submission if it was not yet.
	 */
	public void setAside(long submissionId, Path placed) {
		this.transactions.run(() -> this.jdbc.sql("""
				UPDATE ops.submission SET set_aside_at = now(), placed_path = :placed,
				       finished_at = coalesce(finished_at, now())
				WHERE submission_id = :id""").param("placed", placed.toString()).param("id", submissionId).update());
	}

	/**
	 * The latest failed tries whose file waits for another one (the caller checks it is
	 * still in the inbox), newest failure first.
	 */
	public List<FailedFileEntry> waitingForAnotherTry(int limit) {
		return this.jdbc.sql("""
				SELECT s.folder_code, s.original_name, s.inbox_path AS path, s.failed_stage, s.tries, s.last_failure,
				       to_char(s.last_failed_at, 'YYYY-MM-DD HH24:MI') AS at, s.status
				FROM ops.submission s
				WHERE s.last_failure IS NOT NULL AND s.set_aside_at IS NULL
				  AND (s.finished_at IS NULL
				       OR (s.status = :failed AND NOT EXISTS (SELECT FROM ops.submission later
				           WHERE later.inbox_path = s.inbox_path AND later.submission_id > s.submission_id)))
				ORDER BY s.last_failed_at DESC
				LIMIT :limit""")
			.param("failed", SubmissionStatus.FAILED.name())
			.param("limit", limit)
			.query(FailedFileEntry.class)
			.list();
	}

	/** The latest files set aside in {@code failed/}, newest first. */
	public List<FailedFileEntry> setAside(int limit) {
		return this.jdbc.sql("""
				SELECT s.folder_code, s.original_name, s.placed_path AS path, s.failed_stage, s.tries, s.last_failure,
				       to_char(s.set_aside_at, 'YYYY-MM-DD HH24:MI') AS at, s.status
				FROM ops.submission s
				WHERE s.set_aside_at IS NOT NULL
				ORDER BY s.set_aside_at DESC
				LIMIT :limit""").param("limit", limit).query(FailedFileEntry.class).list();
	}

}

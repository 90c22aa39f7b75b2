package org.unionstats.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.support.IndependentTransactions;
import org.unionstats.UnionStatsProperties;
import org.unionstats.health.IngestMetrics;
import org.unionstats.submission.FailureStage;

/**
 * Records that handling one file failed for a reason that is not its content (a folder
 * not writable, a lock not granted, the database gone for a moment), so that the rest of
 * the pass goes on: the file is left for the next pass, and set aside in
 * {@code failed/<federation_code>/} with a {@code .reason.txt} once it has failed
 * {@code unionstats.max-tries} times in a row.
 */
@Component
public class FailedFiles {

	private static final Logger logger = LoggerFactory.getLogger(FailedFiles.class);

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	private final IngestMetrics metrics;

	private final int maxTries;

	FailedFiles(JdbcClient jdbc, IndependentTransactions transactions, IngestMetrics metrics,
			UnionStatsProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.metrics = metrics;
		this.maxTries = Math.max(1, properties.maxTries());
	}

	/**
	 * A try that failed before the verdict: nothing of it stays in staging, the
	 * submission is finished as FAILED, and the file, still in the inbox, is taken afresh
	 * by the next pass.
	 */
	public FileOutcome failedBeforeVerdict(long submissionId, FailureStage stage, Throwable cause, DropZone dropZone) {
		String reason = FailureReason.of(cause);
		Optional<FailedTry> recorded = this.transactions.execute(() -> this.jdbc.sql("""
				WITH facilities AS (
				    DELETE FROM staging.facility WHERE submission_id = :id
				), profile AS (
				    DELETE FROM staging.profile WHERE submission_id = :id
				), issues AS (
				    DELETE FROM ops.issue WHERE submission_id = :id
				)
				UPDATE ops.submission s
				SET status = 'FAILED', finished_at = now(), failed_stage = :stage, last_failure = :reason,
				    last_failed_at = now(), federation_code = NULL, period = NULL, error_count = 0, warning_count = 0,
				    tries = 1 + coalesce((
				        SELECT CASE WHEN p.status = 'FAILED' AND p.set_aside_at IS NULL AND p.size_bytes = s.size_bytes
				                         AND p.received_at = s.received_at THEN p.tries ELSE 0 END
				        FROM ops.submission p
				        WHERE p.inbox_path = s.inbox_path AND p.submission_id < s.submission_id
				        ORDER BY p.submission_id DESC LIMIT 1), 0)
				WHERE s.submission_id = :id AND s.finished_at IS NULL
				RETURNING s.submission_id, s.folder_code, s.original_name, s.inbox_path, NULL AS work_path,
				          s.stored_name, s.size_bytes, s.received_at, s.status, s.period, s.tries""")
			.param("id", submissionId)
			.param("stage", stage.key())
			.param("reason", reason)
			.query(FailedTry.class)
			.optional());
		deleteQuietly(dropZone.work(submissionId));
		if (recorded.isEmpty()) {
			logger.warn("Submission {} failed at {} but is no longer open: {}", submissionId, stage.key(), reason);
			throw new IllegalStateException("Submission " + submissionId + " is not open");
		}
		return settle(recorded.get(), stage, reason, dropZone);
	}

	/**
	 * A decided submission whose feedback or move failed: its verdict stands, and the
	 * next pass publishes it again.
	 */
	public FileOutcome failedToPublish(long submissionId, Throwable cause, DropZone dropZone) {
		String reason = FailureReason.of(cause);
		FailedTry recorded = this.transactions.execute(() -> this.jdbc.sql("""
				UPDATE ops.submission
				SET tries = tries + 1, failed_stage = 'publish', last_failure = :reason, last_failed_at = now()
				WHERE submission_id = :id
				RETURNING submission_id, folder_code, original_name, inbox_path, work_path, stored_name, size_bytes,
				          received_at, status, period, tries""")
			.param("id", submissionId)
			.param("reason", reason)
			.query(FailedTry.class)
			.single());
		return settle(recorded, FailureStage.PUBLISH, reason, dropZone);
	}

	private FileOutcome settle(FailedTry failed, FailureStage stage, String reason, DropZone dropZone) {
		boolean setAside = failed.tries() >= this.maxTries && setAside(failed, stage, reason, dropZone);
		this.metrics.fileFailed(stage.key(), setAside);
		logger.warn("Handling {} of folder {} failed at {} (try {} of {}){}: {}", failed.originalName(),
				failed.folderCode(), stage.key(), failed.tries(), this.maxTries,
				setAside ? ", set aside in failed/" : ", left for the next pass", reason);
		Path placed = setAside ? failedPath(failed, dropZone) : Path.of(failed.inboxPath());
		String outcome = setAside ? FileOutcome.SET_ASIDE : FileOutcome.FAILED;
		return new FileOutcome(failed.folderCode(), failed.originalName(), failed.period(), outcome, 0, 0, null, placed,
				"%s at %s (try %d of %d)".formatted(reason, stage.key(), failed.tries(), this.maxTries));
	}

	/**
	 * Moves the file to {@code failed/} beside its reason. The original, if the inbox
	 * still holds the version claimed; else the private copy; else nothing is moved (a
	 * new version in the inbox gets tries of its own).
	 */
	private boolean setAside(FailedTry failed, FailureStage stage, String reason, DropZone dropZone) {
		Path target = failedPath(failed, dropZone);
		Path source = source(failed);
		try {
			Files.createDirectories(target.getParent());
			Files.writeString(reasonFile(target), reasonText(failed, stage, reason), StandardCharsets.UTF_8);
			if (source != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not set {} aside in {}: {}", failed.originalName(), target.getParent(),
					FailureReason.of(ex));
			return false;
		}
		this.transactions.run(() -> this.jdbc.sql("""
				UPDATE ops.submission SET set_aside_at = now(), placed_path = :placed,
				       finished_at = coalesce(finished_at, now())
				WHERE submission_id = :id""")
			.param("placed", target.toString())
			.param("id", failed.submissionId())
			.update());
		if (failed.workPath() != null) {
			deleteQuietly(dropZone.work(failed.submissionId()));
		}
		return true;
	}

	private static @Nullable Path source(FailedTry failed) {
		Path inbox = Path.of(failed.inboxPath());
		if (isVersionClaimed(inbox, failed)) {
			return inbox;
		}
		if (failed.workPath() != null && Files.isRegularFile(Path.of(failed.workPath()))) {
			return Path.of(failed.workPath());
		}
		return null;
	}

	private static boolean isVersionClaimed(Path inbox, FailedTry failed) {
		try {
			BasicFileAttributes now = Files.readAttributes(inbox, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return now.isRegularFile() && now.size() == failed.sizeBytes()
					&& now.lastModifiedTime().toMillis() == failed.receivedAt().toInstant().toEpochMilli();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Path failedPath(FailedTry failed, DropZone dropZone) {
		String name = (failed.storedName() != null) ? failed.storedName()
				: StoredName.of(failed.receivedAt().toInstant(), "unhashed", "", failed.originalName());
		return dropZone.failed(failed.folderCode()).resolve(name);
	}

	static Path reasonFile(Path setAside) {
		return setAside.resolveSibling(setAside.getFileName() + ".reason.txt");
	}

	private String reasonText(FailedTry failed, FailureStage stage, String reason) {
		String verdict = (failed.status().equals("FAILED")) ? "none: nothing of it reached the warehouse"
				: failed.status() + " (recorded in the warehouse; only its feedback and move failed)";
		return """
				unionstats set this file aside: handling it failed %d time(s) in a row, for a reason that is not its content.
				unionstats 多次处理此文件失败（非文件内容问题），已将其移出收件箱。

				file:         %s
				from:         %s
				stage:        %s
				last failure: %s
				when:         %s
				verdict:      %s

				What to do: fix the cause (see "Failed files" in docs/operations.md), then move the file back
				into inbox/%s/ to have it taken again.
				"""
			.formatted(failed.tries(), failed.originalName(), failed.inboxPath(), stage.key(), reason, Instant.now(),
					verdict, failed.folderCode());
	}

	private static void deleteQuietly(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			logger.warn("Could not remove work folder {}: {}", folder, FailureReason.of(ex));
		}
	}

	record FailedTry(long submissionId, String folderCode, String originalName, String inboxPath,
			@Nullable String workPath, @Nullable String storedName, long sizeBytes, Timestamp receivedAt, String status,
			@Nullable String period, int tries) {
	}

}

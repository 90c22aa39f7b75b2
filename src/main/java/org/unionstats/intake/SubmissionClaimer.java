package org.unionstats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.cluster.NodeLease;
import org.unionstats.support.IndependentTransactions;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.warehouse.StagingWriter;

/**
 * Claims an inbox file in PostgreSQL so that no other process takes it, then hashes and
 * copies it to a private work copy, which is what gets parsed: a file replaced mid-read
 * cannot mix two versions.
 */
@Component
class SubmissionClaimer {

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	private final NodeLease lease;

	private final IssueMessages messages;

	private final StagingWriter staging;

	SubmissionClaimer(JdbcClient jdbc, IndependentTransactions transactions, NodeLease lease, IssueMessages messages,
			StagingWriter staging) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.lease = lease;
		this.messages = messages;
		this.staging = staging;
	}

	/**
	 * Claims the file for this job execution, or returns empty when it is not ours to
	 * take.
	 */
	Optional<ClaimedFile> claim(InboxFile file, DropZone dropZone, long jobExecutionId) {
		Optional<Long> claimed = insertClaim(file, jobExecutionId);
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		long submissionId = claimed.get();
		try {
			Path workCopy = dropZone.work(submissionId).resolve(file.name());
			String sha256 = copyHashing(file.path(), workCopy);
			if (!QuietFileFilter.unchanged(file)) {
				release(submissionId, dropZone);
				return Optional.empty();
			}
			boolean duplicate = recordContent(submissionId, file, sha256, workCopy);
			return Optional.of(new ClaimedFile(submissionId, file.folderCode(), file.name(), workCopy, duplicate));
		}
		catch (IOException | RuntimeException ex) {
			throw new FailedClaim(submissionId, ex);
		}
	}

	private Optional<Long> insertClaim(InboxFile file, long jobExecutionId) {
		return this.transactions.execute(() -> this.jdbc.sql("""
				INSERT INTO ops.submission (folder_code, original_name, inbox_path, size_bytes, sha256, received_at,
				                            claim_lease, claimed_by, job_execution_id, status)
				VALUES (:folder, :name, :path, :size, '', :received, :lease, :by, :job, 'CLAIMED')
				ON CONFLICT (inbox_path) WHERE finished_at IS NULL DO NOTHING
				RETURNING submission_id""")
			.param("folder", file.folderCode())
			.param("name", file.name())
			.param("path", file.path().toAbsolutePath().toString())
			.param("size", file.size())
			.param("received", Timestamp.from(Instant.ofEpochMilli(file.modifiedMillis())))
			.param("lease", this.lease.id())
			.param("by", this.lease.description())
			.param("job", jobExecutionId)
			.query(Long.class)
			.optional());
	}

	/**
	 * Stores the hash and the collision-free stored name; tells whether the bytes were
	 * seen before.
	 */
	private boolean recordContent(long submissionId, InboxFile file, String sha256, Path workCopy) {
		return Boolean.TRUE.equals(this.transactions.execute(() -> {
			// Serialise claims per folder so that two identical drops are told apart.
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:folder))")
				.param("folder", file.folderCode())
				.query()
				.singleRow();
			// A duplicate repeats the bytes of a non-duplicate: when a crash dropped
			// the original's claim, its re-claim is the original again. Failed tries
			// are neither originals nor drops of their own.
			SameBytes same = this.jdbc.sql("""
					SELECT count(*) FILTER (WHERE status <> 'FAILED'),
					       count(*) FILTER (WHERE status NOT IN ('DUPLICATE', 'FAILED'))
					FROM ops.submission
					WHERE folder_code = :folder AND sha256 = :sha AND submission_id <> :id""")
				.param("folder", file.folderCode())
				.param("sha", sha256)
				.param("id", submissionId)
				.query((rs, row) -> new SameBytes(rs.getInt(1), rs.getInt(2) > 0))
				.single();
			boolean duplicate = same.hasOriginal();
			String storedName = StoredName.of(Instant.ofEpochMilli(file.modifiedMillis()), sha256,
					duplicate ? "d" + same.count() + "-" : "", file.name());
			this.jdbc.sql("""
					UPDATE ops.submission
					SET sha256 = :sha, stored_name = :stored, work_path = :work,
					    status = CASE WHEN :seen THEN 'DUPLICATE' ELSE status END,
					    decided_at = CASE WHEN :seen THEN now() END
					WHERE submission_id = :id""")
				.param("sha", sha256)
				.param("stored", storedName)
				.param("work", workCopy.toString())
				.param("seen", duplicate)
				.param("id", submissionId)
				.update();
			if (duplicate) {
				recordDuplicateIssue(submissionId, file.folderCode(), sha256);
			}
			return duplicate;
		}));
	}

	private void recordDuplicateIssue(long submissionId, String folderCode, String sha256) {
		this.jdbc
			.sql("""
					SELECT original_name, to_char(claimed_at, 'YYYY-MM-DD HH24:MI') FROM ops.submission
					WHERE folder_code = :folder AND sha256 = :sha AND submission_id <> :id AND status NOT IN ('DUPLICATE', 'FAILED')
					ORDER BY submission_id LIMIT 1""")
			.param("folder", folderCode)
			.param("sha", sha256)
			.param("id", submissionId)
			.query((rs, row) -> this.messages.issue(IssueCode.DUPLICATE_FILE, null, null, null, null, null,
					rs.getString(1), rs.getString(2)))
			.optional()
			.ifPresent((issue) -> this.staging.writeIssues(submissionId, List.of(issue)));
	}

	private void release(long submissionId, DropZone dropZone) throws IOException {
		this.transactions.run(() -> this.jdbc.sql("SELECT ops.delete_submission(:id, NULL)")
			.param("id", submissionId)
			.query(Boolean.class)
			.single());
		FileSystemUtils.deleteRecursively(dropZone.work(submissionId));
	}

	private static String copyHashing(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		MessageDigest digest = ClaimedVersion.digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
			Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private record SameBytes(int count, boolean hasOriginal) {
	}

	/** A claim taken whose file could not be copied or recorded. */
	static final class FailedClaim extends RuntimeException {

		private final long submissionId;

		FailedClaim(long submissionId, Throwable cause) {
			super(cause);
			this.submissionId = submissionId;
		}

		long submissionId() {
			return this.submissionId;
		}

	}

}

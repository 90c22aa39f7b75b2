package org.unionstats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.submission.SubmissionLedger;

/**
 * Claims an inbox file in PostgreSQL so that no other process takes it, then hashes and
 * copies it to a private work copy, which is what gets parsed: a file replaced mid-read
 * cannot mix two versions.
 */
@Component
class SubmissionClaimer {

	private final SubmissionLedger ledger;

	SubmissionClaimer(SubmissionLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Claims the file for this job execution, or returns empty when it is not ours to
	 * take.
	 */
	Optional<ClaimedFile> claim(InboxFile file, DropZone dropZone, long jobExecutionId) {
		Instant receivedAt = Instant.ofEpochMilli(file.modifiedMillis());
		Optional<Long> claimed = this.ledger.claim(file.folderCode(), file.name(), file.path(), file.size(), receivedAt,
				jobExecutionId);
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
			boolean duplicate = this.ledger.recordContent(submissionId, file.folderCode(), sha256, workCopy,
					(sameBytesBefore, isDuplicate) -> StoredName.of(receivedAt, sha256,
							isDuplicate ? "d" + sameBytesBefore + "-" : "", file.name()));
			return Optional.of(new ClaimedFile(submissionId, file.folderCode(), file.name(), workCopy, duplicate));
		}
		catch (IOException | RuntimeException ex) {
			throw new FailedClaim(submissionId, ex);
		}
	}

	private void release(long submissionId, DropZone dropZone) throws IOException {
		this.ledger.release(submissionId);
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

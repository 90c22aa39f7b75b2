package org.unionstats.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.UnionStatsProperties;
import org.unionstats.health.IngestMetrics;
import org.unionstats.submission.FailedTry;
import org.unionstats.submission.FailureStage;
import org.unionstats.submission.FailedTries;

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

	private final FailedTries tries;

	private final IngestMetrics metrics;

	private final int maxTries;

	FailedFiles(FailedTries tries, IngestMetrics metrics, UnionStatsProperties properties) {
		this.tries = tries;
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
		Optional<FailedTry> recorded = this.tries.failedBeforeVerdict(submissionId, stage, reason);
		deleteQuietly(dropZone.work(submissionId));
		if (recorded.isEmpty()) {
			logger.warn("Submission {} failed at {} but is no longer open: {}", submissionId, stage.key(), reason);
			throw new IllegalStateException("Submission " + submissionId + " is not open");
		}
		return settle(recorded.get(), stage, reason, dropZone);
	}

	/**
	 * Deletes the private copy of a claim given up before it was staged.
	 */
	public void forgetCopy(long submissionId, DropZone dropZone) {
		deleteQuietly(dropZone.work(submissionId));
	}

	/**
	 * A decided submission whose feedback or move failed: its verdict stands, and the
	 * next pass publishes it again.
	 */
	public FileOutcome failedToPublish(long submissionId, Throwable cause, DropZone dropZone) {
		String reason = FailureReason.of(cause);
		FailedTry recorded = this.tries.failedToPublish(submissionId, reason);
		return settle(recorded, FailureStage.PUBLISH, reason, dropZone);
	}

	private FileOutcome settle(FailedTry failed, FailureStage stage, String reason, DropZone dropZone) {
		boolean setAside = failed.tries() >= this.maxTries && setAside(failed, stage, reason, dropZone);
		this.metrics.fileFailed(stage.key(), setAside);
		try (MDC.MDCCloseable federation = MDC.putCloseable("federation", failed.folderCode())) {
			logger.warn("Handling {} of folder {} failed at {} (try {} of {}){}: {}", failed.originalName(),
					failed.folderCode(), stage.key(), failed.tries(), this.maxTries,
					setAside ? ", set aside in failed/" : ", left for the next pass", reason);
		}
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
		this.tries.setAside(failed.submissionId(), target);
		if (failed.workPath() != null) {
			deleteQuietly(dropZone.work(failed.submissionId()));
		}
		return true;
	}

	private static @Nullable Path source(FailedTry failed) {
		Path inbox = Path.of(failed.inboxPath());
		if (ClaimedVersion.hasSizeAndTime(inbox, failed.sizeBytes(), failed.receivedAt().toInstant())) {
			return inbox;
		}
		if (failed.workPath() != null && Files.isRegularFile(Path.of(failed.workPath()))) {
			return Path.of(failed.workPath());
		}
		return null;
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
		String verdict = switch (failed.status()) {
			case FAILED -> "none: nothing of it reached the warehouse";
			case ACCEPTED, SUPERSEDED ->
				failed.status() + " (its figures are in the warehouse; only its feedback and move failed)";
			default -> failed.status() + " (recorded; only its feedback and move failed)";
		};
		return """
				unionstats set this file aside: handling it failed %d time(s) in a row, for a reason that is not its content.
				unionstats 多次处理此文件失败（非文件内容问题），已将其移出收件箱。

				file:         %s
				from:         %s
				stage:        %s
				last failure: %s
				when:         %s
				verdict:      %s

				What to do: fix the cause (see "When handling a file fails" in docs/operations.md), then move the file back
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

}

package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.UnionStatsProperties;
import org.unionstats.feedback.FeedbackFiles;
import org.unionstats.feedback.FeedbackRequest;
import org.unionstats.feedback.FeedbackWriter;
import org.unionstats.feedback.IssueCounts;
import org.unionstats.feedback.IssueSource;
import org.unionstats.feedback.Verdict;
import org.unionstats.health.IngestMetrics;
import org.unionstats.people.LocalTimes;
import org.unionstats.submission.DecidedSubmission;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.submission.SubmissionStatus;
import org.unionstats.validation.IssueCode;

/**
 * Last stage of a decided submission: writes the federation's feedback, then moves the
 * original out of the inbox, then records it as finished. Each stage is idempotent, so a
 * crash anywhere is finished by the next pass.
 */
@Component
public class SubmissionPublisher {

	private static final Logger logger = LoggerFactory.getLogger(SubmissionPublisher.class);

	private final JdbcClient jdbc;

	private final FeedbackWriter feedbackWriter;

	private final IngestMetrics metrics;

	private final LocalTimes times;

	private final SubmissionLedger ledger;

	SubmissionPublisher(JdbcClient jdbc, SubmissionLedger ledger, FeedbackWriter feedbackWriter, IngestMetrics metrics,
			UnionStatsProperties properties) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.feedbackWriter = feedbackWriter;
		this.metrics = metrics;
		this.times = LocalTimes.of(properties);
	}

	public FileOutcome publish(long submissionId, DropZone dropZone) throws IOException {
		DecidedSubmission s = this.ledger.decidedSubmission(submissionId);
		try (MDC.MDCCloseable federation = MDC.putCloseable("federation", s.folderCode())) {
			return publish(s, dropZone);
		}
	}

	private FileOutcome publish(DecidedSubmission s, DropZone dropZone) throws IOException {
		long submissionId = s.submissionId();
		Path inboxFile = Path.of(s.inboxPath());
		Path target = placement(s, dropZone).resolve(s.storedName());
		Path readable = firstExisting(Path.of(s.workPath()), inboxFile, target);
		CrashPoint.reach(CrashPoint.AFTER_COMMIT);
		StoredIssues stored = new StoredIssues(this.jdbc, submissionId);
		Map<IssueCode, Integer> issuesByCode = stored.countByCode();
		// Most files have no issue at all: nothing more to ask the database
		IssueSource issues = issuesByCode.isEmpty() ? IssueSource.of(List.of()) : stored;
		IssueCounts counts = new IssueCounts(s.errorCount(), s.warningCount(), issuesByCode);
		FeedbackFiles feedback = writeFeedback(s, counts, issues, readable, dropZone);
		CrashPoint.reach(CrashPoint.DURING_FEEDBACK);
		placeOriginal(s, inboxFile, Path.of(s.workPath()), target);
		this.ledger.published(submissionId, target, feedback.workbook());
		FileSystemUtils.deleteRecursively(dropZone.work(submissionId));
		this.metrics.fileProcessed(s.folderCode(), s.status().name().toLowerCase(Locale.ROOT), s.dataRows(),
				issuesByCode.entrySet()
					.stream()
					.collect(Collectors.toMap((entry) -> entry.getKey().name(), Map.Entry::getValue)));
		return new FileOutcome(s.folderCode(), s.originalName(), s.period(), s.status().name(), s.errorCount(),
				s.warningCount(), feedback.workbook(), target, null);
	}

	private FeedbackFiles writeFeedback(DecidedSubmission s, IssueCounts counts, IssueSource issues, Path readable,
			DropZone dropZone) throws IOException {
		Path folder = dropZone.feedback(s.folderCode());
		Files.createDirectories(folder);
		// The original keeps its stored name; the feedback leads with the name the clerk
		// gave the file, so it is found beside it
		String base = FeedbackName.of(s.originalName(), s.storedName(), s.sha256(), s.receivedAt().toInstant(),
				this.times) + ".";
		FeedbackRequest request = new FeedbackRequest(readable, s.originalName(), s.federationCode(), s.period(),
				s.sha256(), verdict(s.status()), counts, issues, s.dataRows(), s.folderCode(),
				s.receivedAt().toInstant());
		// Temporary files go in the submission's own work folder, removed once it is
		// published: a crash mid-write leaves nothing in the federation's feedback.
		return this.feedbackWriter.write(request,
				folder.resolve(base + this.feedbackWriter.workbookExtension(readable)), folder.resolve(base + "json"),
				dropZone.work(s.submissionId()));
	}

	private static Path placement(DecidedSubmission s, DropZone dropZone) {
		if (s.status().wasAccepted()) {
			return dropZone.archive(s.period(), s.folderCode());
		}
		return (s.status() == SubmissionStatus.DUPLICATE) ? dropZone.duplicates(s.folderCode())
				: dropZone.rejected(s.folderCode());
	}

	private static Verdict verdict(SubmissionStatus status) {
		if (status.wasAccepted()) {
			return Verdict.ACCEPTED;
		}
		return (status == SubmissionStatus.DUPLICATE) ? Verdict.DUPLICATE : Verdict.REJECTED;
	}

	/**
	 * Moves the judged bytes out of the inbox: the original if the inbox still holds the
	 * very file claimed (size, modification time and hash); else the private copy that
	 * was judged, leaving a file replaced meanwhile for the next pass to judge on its
	 * own. Does nothing when the target is already there (placed before a crash).
	 */
	private static void placeOriginal(DecidedSubmission s, Path inboxFile, Path workCopy, Path target)
			throws IOException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.createDirectories(target.getParent());
		if (ClaimedVersion.isStill(inboxFile, s.sizeBytes(), s.receivedAt().toInstant(), s.sha256())) {
			Files.move(inboxFile, target, StandardCopyOption.ATOMIC_MOVE);
		}
		else if (Files.isRegularFile(workCopy, LinkOption.NOFOLLOW_LINKS)) {
			logger.warn("{} was replaced or removed in the inbox while it was processed: the copy that was judged"
					+ " goes to {}", inboxFile.getFileName(), target.getParent());
			Files.move(workCopy, target, StandardCopyOption.ATOMIC_MOVE);
		}
		else {
			logger.warn("Original {} is neither in the inbox nor at {}", inboxFile.getFileName(), target);
		}
	}

	private static Path firstExisting(Path... candidates) {
		for (Path candidate : candidates) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return candidates[0];
	}

}

package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.feedback.FeedbackFiles;
import org.unionstats.feedback.FeedbackRequest;
import org.unionstats.feedback.FeedbackWriter;
import org.unionstats.feedback.Verdict;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.Severity;

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

	SubmissionPublisher(JdbcClient jdbc, FeedbackWriter feedbackWriter) {
		this.jdbc = jdbc;
		this.feedbackWriter = feedbackWriter;
	}

	public FileOutcome publish(long submissionId, DropZone dropZone) throws IOException {
		DecidedSubmission s = this.jdbc.sql("""
				SELECT submission_id, folder_code, original_name, inbox_path, work_path, stored_name, sha256, status,
				       federation_code, period, error_count, warning_count, coalesce(data_rows, 0) AS data_rows
				FROM ops.submission WHERE submission_id = :id""")
			.param("id", submissionId)
			.query(DecidedSubmission.class)
			.single();
		Path inboxFile = Path.of(s.inboxPath());
		Path target = placement(s, dropZone).resolve(s.storedName());
		Path readable = firstExisting(Path.of(s.workPath()), inboxFile, target);
		CrashPoint.reach(CrashPoint.AFTER_COMMIT);
		FeedbackFiles feedback = writeFeedback(s, readable, dropZone);
		CrashPoint.reach(CrashPoint.DURING_FEEDBACK);
		moveOriginal(inboxFile, target);
		this.jdbc.sql("""
				UPDATE ops.submission SET placed_path = :placed, feedback_path = :feedback, finished_at = now()
				WHERE submission_id = :id""")
			.param("placed", target.toString())
			.param("feedback", feedback.workbook().toString())
			.param("id", submissionId)
			.update();
		FileSystemUtils.deleteRecursively(dropZone.work(submissionId));
		return new FileOutcome(s.folderCode(), s.originalName(), s.period(), s.status(), s.errorCount(),
				s.warningCount(), feedback.workbook(), target);
	}

	private FeedbackFiles writeFeedback(DecidedSubmission s, Path readable, DropZone dropZone) throws IOException {
		List<Issue> issues = this.jdbc.sql("""
				SELECT code, severity, sheet, cell_ref, row_no, column_name, value, message_zh, message_en
				FROM ops.issue WHERE submission_id = :id ORDER BY issue_id""")
			.param("id", s.submissionId())
			.query((rs, row) -> new Issue(IssueCode.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9)))
			.list();
		Path folder = dropZone.feedback(s.folderCode());
		Files.createDirectories(folder);
		String base = s.storedName() + ".校验结果.";
		FeedbackRequest request = new FeedbackRequest(readable, s.originalName(), s.federationCode(), s.period(),
				s.sha256(), verdict(s.status()), issues, s.dataRows());
		return this.feedbackWriter.write(request,
				folder.resolve(base + this.feedbackWriter.workbookExtension(readable)), folder.resolve(base + "json"));
	}

	private static Path placement(DecidedSubmission s, DropZone dropZone) {
		return switch (s.status()) {
			case "ACCEPTED", "SUPERSEDED" -> dropZone.archive(s.period(), s.folderCode());
			case "DUPLICATE" -> dropZone.duplicates(s.folderCode());
			default -> dropZone.rejected(s.folderCode());
		};
	}

	private static Verdict verdict(String status) {
		return switch (status) {
			case "ACCEPTED", "SUPERSEDED" -> Verdict.ACCEPTED;
			case "DUPLICATE" -> Verdict.DUPLICATE;
			default -> Verdict.REJECTED;
		};
	}

	private static void moveOriginal(Path inboxFile, Path target) throws IOException {
		if (!Files.exists(inboxFile)) {
			if (!Files.exists(target)) {
				logger.warn("Original {} is neither in the inbox nor at {}", inboxFile.getFileName(), target);
			}
			return;
		}
		Files.createDirectories(target.getParent());
		Files.move(inboxFile, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Path firstExisting(Path... candidates) {
		for (Path candidate : candidates) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return candidates[0];
	}

	record DecidedSubmission(long submissionId, String folderCode, String originalName, String inboxPath,
			String workPath, String storedName, String sha256, String status, String federationCode, String period,
			int errorCount, int warningCount, long dataRows) {
	}

}

package org.unionstats.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.unionstats.submission.FailureStage;

/**
 * Takes the inbox's complete files for one pass: recovers stale claims, finds the files
 * that stayed unchanged over the quiet time, and claims them, each on its own: a file
 * that cannot be claimed is recorded as failed and the others are claimed all the same.
 */
@Component
public class InboxIntake {

	private static final Logger logger = LoggerFactory.getLogger(InboxIntake.class);

	private final StaleClaimRecovery recovery;

	private final InboxScanner scanner;

	private final QuietFileFilter quietFilter;

	private final SubmissionClaimer claimer;

	private final FailedFiles failedFiles;

	InboxIntake(StaleClaimRecovery recovery, InboxScanner scanner, QuietFileFilter quietFilter,
			SubmissionClaimer claimer, FailedFiles failedFiles) {
		this.recovery = recovery;
		this.scanner = scanner;
		this.quietFilter = quietFilter;
		this.claimer = claimer;
		this.failedFiles = failedFiles;
	}

	/**
	 * Claims every complete file for the job execution.
	 */
	public Intake claimAll(DropZone dropZone, long jobExecutionId, Progress progress) throws IOException {
		this.recovery.recover(dropZone, jobExecutionId);
		List<InboxFile> complete = this.quietFilter.complete(this.scanner.scan(dropZone));
		int claimed = 0;
		int handled = 0;
		List<FileOutcome> failed = new ArrayList<>();
		progress.handled(handled, complete.size());
		for (InboxFile file : complete) {
			try {
				if (this.claimer.claim(file, dropZone, jobExecutionId).isPresent()) {
					claimed++;
					CrashPoint.reach(CrashPoint.AFTER_CLAIM);
				}
			}
			catch (SubmissionClaimer.FailedClaim ex) {
				failed.add(this.failedFiles.failedBeforeVerdict(ex.submissionId(), FailureStage.CLAIM, ex.getCause(),
						dropZone));
			}
			progress.handled(++handled, complete.size());
		}
		logger.info("Claimed {} of {} complete inbox file(s)", claimed, complete.size());
		return new Intake(claimed, failed);
	}

	/**
	 * Told how many of the complete files have been handled (claimed, left to another
	 * process, or failed): once before the first, then after each.
	 */
	@FunctionalInterface
	public interface Progress {

		void handled(int done, int total);

	}

	/**
	 * What a pass took from the inbox.
	 *
	 * @param claimed how many files were claimed
	 * @param failed the files whose claim failed
	 */
	public record Intake(int claimed, List<FileOutcome> failed) {
	}

}

package org.unionstats.intake;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the inbox's complete files for one pass: recovers stale claims, finds the files
 * that stayed unchanged over the quiet time, and claims them.
 */
@Component
public class InboxIntake {

	private static final Logger logger = LoggerFactory.getLogger(InboxIntake.class);

	private final StaleClaimRecovery recovery;

	private final InboxScanner scanner;

	private final QuietFileFilter quietFilter;

	private final SubmissionClaimer claimer;

	InboxIntake(StaleClaimRecovery recovery, InboxScanner scanner, QuietFileFilter quietFilter,
			SubmissionClaimer claimer) {
		this.recovery = recovery;
		this.scanner = scanner;
		this.quietFilter = quietFilter;
		this.claimer = claimer;
	}

	/**
	 * Claims every complete file for the job execution; returns how many were claimed.
	 */
	public int claimAll(DropZone dropZone, long jobExecutionId) throws IOException {
		this.recovery.recover(dropZone, jobExecutionId);
		List<InboxFile> complete = this.quietFilter.complete(this.scanner.scan(dropZone));
		int claimed = 0;
		for (InboxFile file : complete) {
			if (this.claimer.claim(file, dropZone, jobExecutionId).isPresent()) {
				claimed++;
				CrashPoint.reach(CrashPoint.AFTER_CLAIM);
			}
		}
		logger.info("Claimed {} of {} complete inbox file(s)", claimed, complete.size());
		return claimed;
	}

}

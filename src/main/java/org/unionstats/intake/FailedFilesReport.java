package org.unionstats.intake;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstats.submission.FailedFileEntry;
import org.unionstats.submission.FailedTries;
import org.unionstats.submission.SubmissionStatus;

/**
 * The files whose handling failed for reasons not their own, for {@code status}: those
 * waiting for another try, and those set aside in {@code failed/} that are still there
 * (nobody has acted on them yet).
 */
@Component
public class FailedFilesReport {

	private final FailedTries tries;

	FailedFilesReport(FailedTries tries) {
		this.tries = tries;
	}

	/** Files a later pass will try again, newest failure first. */
	public List<String> waiting(int limit) {
		return this.tries.waitingForAnotherTry(limit)
			.stream()
			.filter(FailedFilesReport::isStillThere)
			.map((f) -> "%s %s: failed at %s, try %d, %s: %s%s".formatted(f.folderCode(), f.originalName(),
					f.failedStage(), f.tries(), f.at(), f.lastFailure(), verdict(f.status())))
			.toList();
	}

	/** Files set aside in {@code failed/} and still there. */
	public List<String> setAside(int limit) {
		return this.tries.setAside(limit)
			.stream()
			.filter(FailedFilesReport::isStillThere)
			.map((f) -> "%s %s: set aside %s after %d tries at %s: %s%s -> %s".formatted(f.folderCode(),
					f.originalName(), f.at(), f.tries(), f.failedStage(), f.lastFailure(), verdict(f.status()),
					f.path()))
			.toList();
	}

	private static boolean isStillThere(FailedFileEntry file) {
		return Files.exists(Path.of(file.path()), LinkOption.NOFOLLOW_LINKS);
	}

	private static String verdict(SubmissionStatus status) {
		return (status == SubmissionStatus.FAILED) ? "" : " (verdict " + status + " stands)";
	}

}

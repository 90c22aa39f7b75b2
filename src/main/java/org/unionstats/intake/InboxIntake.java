package org.unionstats.intake;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;

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

	private final int threads;

	InboxIntake(StaleClaimRecovery recovery, InboxScanner scanner, QuietFileFilter quietFilter,
			SubmissionClaimer claimer, FailedFiles failedFiles, UnionStatsProperties properties) {
		this.threads = properties.workers();
		this.recovery = recovery;
		this.scanner = scanner;
		this.quietFilter = quietFilter;
		this.claimer = claimer;
		this.failedFiles = failedFiles;
	}

	/**
	 * Claims every complete file for the job execution, the folders on as many threads as
	 * there are workers: a claim mostly waits, for its copy to be written and for its two
	 * commits.
	 */
	public Intake claimAll(DropZone dropZone, long jobExecutionId, Progress progress) throws IOException {
		this.recovery.recover(dropZone, jobExecutionId);
		List<InboxFile> complete = this.quietFilter.complete(this.scanner.scan(dropZone));
		AtomicInteger claimed = new AtomicInteger();
		List<FileOutcome> failed = Collections.synchronizedList(new ArrayList<>());
		ClaimCount handled = new ClaimCount(progress, complete.size());
		ExecutorService claimers = Executors.newFixedThreadPool(Math.max(1, Math.min(this.threads, complete.size())),
				new CustomizableThreadFactory("ingest-claim-"));
		List<Future<?>> claims = new ArrayList<>(complete.size());
		try {
			// A folder's files in the order found, one after the other: of two identical
			// drops, the first is the original
			Map<String, List<InboxFile>> byFolder = complete.stream()
				.collect(Collectors.groupingBy(InboxFile::folderCode, LinkedHashMap::new, Collectors.toList()));
			for (List<InboxFile> folder : byFolder.values()) {
				claims.add(claimers.submit(() -> {
					for (InboxFile file : folder) {
						claim(file, dropZone, jobExecutionId, claimed, failed);
						handled.oneMore();
					}
				}));
			}
			for (Future<?> claim : claims) {
				awaitClaim(claim);
			}
		}
		finally {
			// Claims under way finish (a claim cut short would count as a failed try);
			// the others are not started.
			claims.forEach((claim) -> claim.cancel(false));
			claimers.shutdown();
		}
		logger.info("Claimed {} of {} complete inbox file(s)", claimed.get(), complete.size());
		return new Intake(claimed.get(), List.copyOf(failed));
	}

	private void claim(InboxFile file, DropZone dropZone, long jobExecutionId, AtomicInteger claimed,
			List<FileOutcome> failed) {
		try {
			if (this.claimer.claim(file, dropZone, jobExecutionId).isPresent()) {
				claimed.incrementAndGet();
				CrashPoint.reach(CrashPoint.AFTER_CLAIM);
			}
		}
		catch (SubmissionClaimer.FailedClaim ex) {
			failed.add(this.failedFiles.failedBeforeVerdict(ex.submissionId(), FailureStage.CLAIM, ex.getCause(),
					dropZone));
		}
	}

	private static void awaitClaim(Future<?> claim) throws IOException {
		try {
			claim.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while claiming inbox files");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IOException(ex.getCause());
		}
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

	/** Tells the progress once before the first file, then after each, in order. */
	private static final class ClaimCount {

		private final Progress progress;

		private final int total;

		private int done;

		ClaimCount(Progress progress, int total) {
			this.progress = progress;
			this.total = total;
			progress.handled(0, total);
		}

		synchronized void oneMore() {
			this.progress.handled(++this.done, this.total);
		}

	}

}

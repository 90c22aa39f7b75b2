package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.cluster.NodeLease;
import org.unionstats.submission.StaleClaim;
import org.unionstats.submission.SubmissionLedger;

/**
 * Recovers the claims of processes that died, and of passes that are over: an undecided
 * claim is dropped (its file is still in the inbox and is taken again), a decided one is
 * taken over so that this pass finishes it (feedback and move).
 */
@Component
class StaleClaimRecovery {

	private static final Logger logger = LoggerFactory.getLogger(StaleClaimRecovery.class);

	private final SubmissionLedger ledger;

	private final NodeLease lease;

	StaleClaimRecovery(SubmissionLedger ledger, NodeLease lease) {
		this.ledger = ledger;
		this.lease = lease;
	}

	void recover(DropZone dropZone, long jobExecutionId) throws IOException {
		List<StaleClaim> claims = this.ledger.claimsOfOtherExecutions(jobExecutionId);
		deleteOrphanedWorkCopies(dropZone);
		for (StaleClaim claim : claims) {
			// Our own claims from an earlier pass are stale too: passes of one process
			// never overlap. So are a live process's claims whose pass is over: nobody
			// works on them any more (a pass that failed because a node running some of
			// its partitions died).
			if (claim.claimLease() != this.lease.id() && !claim.executionEnded()
					&& this.lease.isAlive(claim.claimLease())) {
				continue;
			}
			if (claim.isDecided()) {
				takeOver(claim, jobExecutionId);
			}
			else {
				drop(claim, dropZone);
			}
		}
	}

	private void takeOver(StaleClaim claim, long jobExecutionId) {
		if (this.ledger.takeOver(claim, jobExecutionId)) {
			logger.info("Finishing submission {} left decided by a dead process", claim.submissionId());
		}
	}

	private void drop(StaleClaim claim, DropZone dropZone) throws IOException {
		if (this.ledger.drop(claim)) {
			FileSystemUtils.deleteRecursively(dropZone.work(claim.submissionId()));
			logger.info("Dropped claim {} of a dead process; its file will be taken again", claim.submissionId());
		}
	}

	/**
	 * Removes private copies whose claim never committed (the process died in between).
	 */
	private void deleteOrphanedWorkCopies(DropZone dropZone) throws IOException {
		Path work = dropZone.work(0).getParent();
		if (!Files.isDirectory(work)) {
			return;
		}
		try (Stream<Path> copies = Files.list(work)) {
			for (Path copy : copies.toList()) {
				String name = copy.getFileName().toString();
				if (name.matches("\\d{1,18}") && !this.ledger.isOpen(Long.parseLong(name))) {
					FileSystemUtils.deleteRecursively(copy);
				}
			}
		}
	}

}

package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import org.unionstats.cluster.NodeLease;
import org.unionstats.support.IndependentTransactions;
import org.unionstats.submission.SubmissionStatus;

/**
 * Recovers the claims of processes that died: an undecided claim is dropped (its file is
 * still in the inbox and is taken again), a decided one is taken over so that this pass
 * finishes it (feedback and move).
 */
@Component
class StaleClaimRecovery {

	private static final Logger logger = LoggerFactory.getLogger(StaleClaimRecovery.class);

	private final JdbcClient jdbc;

	private final NodeLease lease;

	private final IndependentTransactions transactions;

	StaleClaimRecovery(JdbcClient jdbc, NodeLease lease, IndependentTransactions transactions) {
		this.jdbc = jdbc;
		this.lease = lease;
		this.transactions = transactions;
	}

	void recover(DropZone dropZone, long jobExecutionId) throws IOException {
		List<StaleClaim> claims = this.jdbc.sql("""
				SELECT submission_id, claim_lease, status FROM ops.submission
				WHERE finished_at IS NULL AND job_execution_id <> :job
				ORDER BY submission_id""").param("job", jobExecutionId).query(StaleClaim.class).list();
		deleteOrphanedWorkCopies(dropZone);
		for (StaleClaim claim : claims) {
			// Our own claims from an earlier pass are stale too: passes of one process
			// never overlap.
			if (claim.claimLease() != this.lease.id() && this.lease.isAlive(claim.claimLease())) {
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
		int taken = this.transactions.execute(() -> this.jdbc.sql("""
				UPDATE ops.submission SET claim_lease = :lease, claimed_by = :by, job_execution_id = :job
				WHERE submission_id = :id AND claim_lease = :stale AND finished_at IS NULL""")
			.param("lease", this.lease.id())
			.param("by", this.lease.description())
			.param("job", jobExecutionId)
			.param("id", claim.submissionId())
			.param("stale", claim.claimLease())
			.update());
		if (taken == 1) {
			logger.info("Finishing submission {} left decided by a dead process", claim.submissionId());
		}
	}

	private void drop(StaleClaim claim, DropZone dropZone) throws IOException {
		boolean dropped = this.transactions.execute(() -> this.jdbc.sql("SELECT ops.delete_submission(:id, :stale)")
			.param("id", claim.submissionId())
			.param("stale", claim.claimLease())
			.query(Boolean.class)
			.single());
		if (dropped) {
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
				if (name.matches("\\d{1,18}") && !isClaimed(Long.parseLong(name))) {
					FileSystemUtils.deleteRecursively(copy);
				}
			}
		}
	}

	private boolean isClaimed(long submissionId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM ops.submission WHERE submission_id = :id AND finished_at IS NULL)")
			.param("id", submissionId)
			.query(Boolean.class)
			.single();
	}

	record StaleClaim(long submissionId, int claimLease, SubmissionStatus status) {

		boolean isDecided() {
			return this.status.isDecided();
		}

	}

}

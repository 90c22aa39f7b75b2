package org.unionstats.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.CrashPoint;
import org.unionstats.submission.FailureStage;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.FacilityItem;
import org.unionstats.validation.Issue;
import org.unionstats.validation.ProfileItem;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.warehouse.StagingWriter;

/**
 * Writes a chunk of a staging group's items to staging, in the chunk's transaction, each
 * file's part behind a savepoint of its own: a file whose rows cannot be written is
 * recorded as failed (the rest of its rows is dropped) and the group goes on. A file
 * whose last item is written is marked staged in the same transaction.
 */
class StagingItemWriter implements ItemWriter<StagedItem> {

	private final StagingGroup group;

	private final StagingWriter staging;

	private final SubmissionLedger ledger;

	private final FileByFile files;

	StagingItemWriter(StagingGroup group, StagingWriter staging, SubmissionLedger ledger, FileByFile files) {
		this.group = group;
		this.staging = staging;
		this.ledger = ledger;
		this.files = files;
	}

	@Override
	public void write(Chunk<? extends StagedItem> chunk) {
		List<? extends StagedItem> items = chunk.getItems();
		int from = 0;
		while (from < items.size()) {
			long submissionId = items.get(from).submissionId();
			int to = from;
			while (to < items.size() && items.get(to).submissionId() == submissionId) {
				to++;
			}
			List<? extends StagedItem> part = items.subList(from, to);
			if (!this.group.hasFailed(submissionId)) {
				LogContext.forSubmission(submissionId, () -> writePart(submissionId, part));
			}
			from = to;
		}
		CrashPoint.reach(CrashPoint.MID_STAGING);
	}

	private void writePart(long submissionId, List<? extends StagedItem> part) {
		this.group.inHand(submissionId);
		boolean last = part.get(part.size() - 1).last();
		boolean written = this.files.run(() -> {
			write(submissionId, part);
			if (last) {
				this.ledger.staged(submissionId);
			}
			return true;
		}, (failedFiles, cause, dropZone) -> failedFiles.failedBeforeVerdict(submissionId, FailureStage.STAGE, cause,
				dropZone))
			.isPresent();
		if (!written) {
			this.group.failed(submissionId);
		}
		else if (last) {
			this.files.advanced(PassStep.STAGING);
		}
	}

	private void write(long submissionId, List<? extends StagedItem> part) {
		List<FacilityItem> facilities = new ArrayList<>(part.size());
		List<Issue> issues = new ArrayList<>();
		for (StagedItem staged : part) {
			SubmissionItem item = staged.item();
			if (item instanceof ProfileItem profile) {
				if (profile.profile() != null) {
					this.staging.writeProfile(submissionId, profile.profile(), profile.unionOrgsCell());
				}
				issues.addAll(profile.issues());
			}
			else if (item instanceof FacilityItem facility) {
				facilities.add(facility);
				issues.addAll(facility.issues());
			}
			else if (item instanceof ClosingItem closing) {
				issues.addAll(closing.issues());
			}
		}
		this.staging.writeFacilities(submissionId, facilities);
		this.staging.writeIssues(submissionId, issues);
	}

}

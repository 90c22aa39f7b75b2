package org.unionstats.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.CrashPoint;
import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.FacilityItem;
import org.unionstats.validation.Issue;
import org.unionstats.validation.ProfileItem;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.warehouse.StagingWriter;

/**
 * Writes a chunk of one submission's items to staging, in the chunk's transaction.
 */
class StagingItemWriter implements ItemWriter<SubmissionItem> {

	private final long submissionId;

	private final StagingWriter staging;

	StagingItemWriter(long submissionId, StagingWriter staging) {
		this.submissionId = submissionId;
		this.staging = staging;
	}

	@Override
	public void write(Chunk<? extends SubmissionItem> chunk) {
		List<FacilityItem> facilities = new ArrayList<>(chunk.size());
		List<Issue> issues = new ArrayList<>();
		for (SubmissionItem item : chunk) {
			if (item instanceof ProfileItem profile) {
				if (profile.profile() != null) {
					this.staging.writeProfile(this.submissionId, profile.profile(), profile.unionOrgsCell());
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
		this.staging.writeFacilities(this.submissionId, facilities);
		this.staging.writeIssues(this.submissionId, issues);
		CrashPoint.reach(CrashPoint.MID_STAGING);
	}

}

package org.unionstats.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files one {@code stageSubmission} partition stages, and what its reader, writer and
 * listener tell each other about them: which file was in hand when the partition failed,
 * and which files already failed on their own (the rest of their rows is dropped).
 */
final class StagingGroup {

	private final List<Long> submissionIds;

	private final Set<Long> failed = ConcurrentHashMap.newKeySet();

	private volatile long inHand = -1;

	StagingGroup(List<Long> submissionIds) {
		this.submissionIds = List.copyOf(submissionIds);
	}

	/** The group of a partition's {@link PartitionKeys#SUBMISSION_IDS}. */
	static StagingGroup of(String submissionIds) {
		return new StagingGroup(Arrays.stream(submissionIds.split(",")).map(Long::valueOf).toList());
	}

	List<Long> submissionIds() {
		return this.submissionIds;
	}

	void inHand(long submissionId) {
		this.inHand = submissionId;
	}

	/** The file being read or written when the partition last met a failure, if any. */
	OptionalLong inHand() {
		return (this.inHand < 0) ? OptionalLong.empty() : OptionalLong.of(this.inHand);
	}

	void failed(long submissionId) {
		this.failed.add(submissionId);
	}

	boolean hasFailed(long submissionId) {
		return this.failed.contains(submissionId);
	}

}

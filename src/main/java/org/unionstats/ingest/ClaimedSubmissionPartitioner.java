package org.unionstats.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.unionstats.submission.SubmissionLedger;

/**
 * Groups the files claimed (and not duplicates) by this job execution into partitions of
 * at most {@value #MAX_FILES_PER_GROUP}, and at least as many partitions as workers: a
 * partition costs the job repository a handful of commits, paid once per group rather
 * than once per file. The files are dealt out largest first, so that the big ones are
 * spread over the groups and the groups start with them.
 */
class ClaimedSubmissionPartitioner implements Partitioner {

	static final int MAX_FILES_PER_GROUP = 32;

	private final SubmissionLedger ledger;

	private final long jobExecutionId;

	ClaimedSubmissionPartitioner(SubmissionLedger ledger, long jobExecutionId) {
		this.ledger = ledger;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Long> ids = this.ledger.claimedBy(this.jobExecutionId);
		int groupCount = Math.min(ids.size(),
				Math.max(gridSize, (ids.size() + MAX_FILES_PER_GROUP - 1) / MAX_FILES_PER_GROUP));
		List<List<Long>> groups = new ArrayList<>(groupCount);
		for (int group = 0; group < groupCount; group++) {
			groups.add(new ArrayList<>());
		}
		for (int i = 0; i < ids.size(); i++) {
			groups.get(i % groupCount).add(ids.get(i));
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<Long> group : groups) {
			ExecutionContext context = new ExecutionContext();
			context.putString(PartitionKeys.SUBMISSION_IDS,
					group.stream().map(String::valueOf).collect(Collectors.joining(",")));
			partitions.put("submissions-" + group.get(0), context);
		}
		return partitions;
	}

}

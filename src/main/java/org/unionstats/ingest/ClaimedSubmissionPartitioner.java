package org.unionstats.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.unionstats.submission.SubmissionLedger;

/**
 * One partition per file claimed (and not a duplicate) by this job execution.
 */
class ClaimedSubmissionPartitioner implements Partitioner {

	private final SubmissionLedger ledger;

	private final long jobExecutionId;

	ClaimedSubmissionPartitioner(SubmissionLedger ledger, long jobExecutionId) {
		this.ledger = ledger;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Long> ids = this.ledger.claimedBy(this.jobExecutionId);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Long id : ids) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(PartitionKeys.SUBMISSION_ID, id);
			partitions.put("submission-" + id, context);
		}
		return partitions;
	}

}

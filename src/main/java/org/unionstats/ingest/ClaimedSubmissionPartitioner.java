package org.unionstats.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One partition per file claimed (and not a duplicate) by this job execution.
 */
class ClaimedSubmissionPartitioner implements Partitioner {

	static final String SUBMISSION_ID = "submissionId";

	private final JdbcClient jdbc;

	private final long jobExecutionId;

	ClaimedSubmissionPartitioner(JdbcClient jdbc, long jobExecutionId) {
		this.jdbc = jdbc;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Long> ids = this.jdbc.sql("""
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND status = 'CLAIMED' AND finished_at IS NULL
				ORDER BY size_bytes DESC, submission_id""").param("job", this.jobExecutionId).query(Long.class).list();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Long id : ids) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(SUBMISSION_ID, id);
			partitions.put("submission-" + id, context);
		}
		return partitions;
	}

}

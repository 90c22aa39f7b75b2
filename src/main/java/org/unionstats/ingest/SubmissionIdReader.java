package org.unionstats.ingest;

import java.util.Iterator;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the ids of this job execution's submissions in one state, from the folders of one
 * bucket (see {@link FolderBucketPartitioner}). The list is queried afresh on each
 * (re)start, since the state itself records what is done.
 */
class SubmissionIdReader implements ItemReader<Long> {

	/** The pass's submissions decided and not yet published. */
	static final String DECIDED_UNPUBLISHED = "job_execution_id = :job AND finished_at IS NULL"
			+ " AND status IN ('ACCEPTED', 'REJECTED', 'SUPERSEDED', 'DUPLICATE')";

	/**
	 * The reader's bucket of folders, as {@link FolderBucketPartitioner} numbers them.
	 */
	private static final String IN_BUCKET = "(hashtext(folder_code) & 2147483647) % :buckets = :bucket";

	private final JdbcClient jdbc;

	private final String sql;

	private final long jobExecutionId;

	private final int bucket;

	private final int buckets;

	private Iterator<Long> ids;

	SubmissionIdReader(JdbcClient jdbc, String sql, long jobExecutionId, int bucket, int buckets) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.jobExecutionId = jobExecutionId;
		this.bucket = bucket;
		this.buckets = buckets;
	}

	static SubmissionIdReader staged(JdbcClient jdbc, long jobExecutionId, int bucket, int buckets) {
		return new SubmissionIdReader(jdbc, """
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND status = 'STAGED' AND finished_at IS NULL AND %s
				ORDER BY received_at, submission_id""".formatted(IN_BUCKET), jobExecutionId, bucket, buckets);
	}

	static SubmissionIdReader decided(JdbcClient jdbc, long jobExecutionId, int bucket, int buckets) {
		return new SubmissionIdReader(jdbc, """
				SELECT submission_id FROM ops.submission
				WHERE %s AND %s
				ORDER BY submission_id""".formatted(DECIDED_UNPUBLISHED, IN_BUCKET), jobExecutionId, bucket, buckets);
	}

	@Override
	public synchronized Long read() {
		if (this.ids == null) {
			this.ids = this.jdbc.sql(this.sql)
				.param("job", this.jobExecutionId)
				.param("bucket", this.bucket)
				.param("buckets", this.buckets)
				.query(Long.class)
				.list()
				.iterator();
		}
		return this.ids.hasNext() ? this.ids.next() : null;
	}

}

package org.unionstats.ingest;

import java.util.Iterator;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the ids of this job execution's submissions in one state. The list is queried
 * afresh on each (re)start, since the state itself records what is done.
 */
class SubmissionIdReader implements ItemReader<Long> {

	private final JdbcClient jdbc;

	private final String sql;

	private final long jobExecutionId;

	private Iterator<Long> ids;

	SubmissionIdReader(JdbcClient jdbc, String sql, long jobExecutionId) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.jobExecutionId = jobExecutionId;
	}

	static SubmissionIdReader staged(JdbcClient jdbc, long jobExecutionId) {
		return new SubmissionIdReader(jdbc, """
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND status = 'STAGED'
				ORDER BY received_at, submission_id""", jobExecutionId);
	}

	static SubmissionIdReader decided(JdbcClient jdbc, long jobExecutionId) {
		return new SubmissionIdReader(jdbc, """
				SELECT submission_id FROM ops.submission
				WHERE job_execution_id = :job AND finished_at IS NULL
				  AND status IN ('ACCEPTED', 'REJECTED', 'SUPERSEDED', 'DUPLICATE')
				ORDER BY submission_id""", jobExecutionId);
	}

	@Override
	public synchronized Long read() {
		if (this.ids == null) {
			this.ids = this.jdbc.sql(this.sql).param("job", this.jobExecutionId).query(Long.class).list().iterator();
		}
		return this.ids.hasNext() ? this.ids.next() : null;
	}

}

package org.unionstats.ingest;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a submission as staged once all its rows are in staging.
 */
@Component
class StagedSubmissionListener implements StepExecutionListener {

	private final JdbcClient jdbc;

	StagedSubmissionListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus().isUnsuccessful()) {
			return null;
		}
		long submissionId = stepExecution.getExecutionContext().getLong(ClaimedSubmissionPartitioner.SUBMISSION_ID);
		this.jdbc.sql("""
				UPDATE ops.submission
				SET status = 'STAGED',
				    data_rows = (SELECT count(*) FROM staging.facility WHERE submission_id = :id)
				WHERE submission_id = :id AND status = 'CLAIMED'""").param("id", submissionId).update();
		return null;
	}

}

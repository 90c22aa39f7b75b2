package org.unionstats.ingest;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the files a pass is about to publish, before its workers start, so that the
 * progress lines read "done / total" across all of them.
 */
@Component
class PublicationCountListener implements StepExecutionListener {

	private final JdbcClient jdbc;

	private final IngestProgress progress;

	PublicationCountListener(JdbcClient jdbc, IngestProgress progress) {
		this.jdbc = jdbc;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		int total = this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE " + SubmissionIdReader.DECIDED_UNPUBLISHED)
			.param("job", stepExecution.getJobExecutionId())
			.query(Integer.class)
			.single();
		this.progress.publishing(stepExecution.getJobParameters().getString(IngestParameters.REQUESTED_AT), total);
	}

}

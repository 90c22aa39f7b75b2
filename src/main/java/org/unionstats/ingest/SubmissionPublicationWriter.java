package org.unionstats.ingest;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.DropZone;
import org.unionstats.intake.FileOutcome;
import org.unionstats.intake.SubmissionPublisher;

/**
 * Publishes each decided submission (feedback, move, finish) and reports it to whoever
 * watches the pass.
 */
@Component
@StepScope
class SubmissionPublicationWriter implements ItemWriter<Long> {

	private final SubmissionPublisher publisher;

	private final DropZone dropZone;

	private final IngestProgress progress;

	private final String requestedAt;

	private final JdbcClient jdbc;

	private int done;

	private int total = -1;

	SubmissionPublicationWriter(SubmissionPublisher publisher, IngestProgress progress, JdbcClient jdbc,
			UnionStatsProperties properties,
			@Value("#{jobParameters['" + IngestParameters.DROP_ROOT + "']}") String dropRoot,
			@Value("#{jobParameters['" + IngestParameters.REQUESTED_AT + "']}") String requestedAt) {
		this.publisher = publisher;
		this.progress = progress;
		this.dropZone = new DropZone(IngestParameters.dropRoot(dropRoot, properties));
		this.requestedAt = requestedAt;
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) throws Exception {
		for (Long submissionId : chunk) {
			if (this.total < 0) {
				this.total = countUnfinished(submissionId);
			}
			FileOutcome outcome = this.publisher.publish(submissionId, this.dropZone);
			this.progress.fileDone(this.requestedAt, outcome, ++this.done, this.total);
		}
	}

	private int countUnfinished(long submissionId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM ops.submission
				WHERE finished_at IS NULL
				  AND job_execution_id = (SELECT job_execution_id FROM ops.submission WHERE submission_id = :id)""")
			.param("id", submissionId)
			.query(Integer.class)
			.single();
	}

}

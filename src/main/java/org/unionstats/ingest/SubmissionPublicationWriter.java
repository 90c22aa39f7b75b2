package org.unionstats.ingest;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.intake.DropZone;
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

	SubmissionPublicationWriter(SubmissionPublisher publisher, IngestProgress progress, UnionStatsProperties properties,
			@Value("#{jobParameters['" + IngestParameters.DROP_ROOT + "']}") String dropRoot,
			@Value("#{jobParameters['" + IngestParameters.REQUESTED_AT + "']}") String requestedAt) {
		this.publisher = publisher;
		this.progress = progress;
		this.dropZone = new DropZone(IngestParameters.dropRoot(dropRoot, properties));
		this.requestedAt = requestedAt;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) throws Exception {
		for (Long submissionId : chunk) {
			this.progress.fileDone(this.requestedAt, this.publisher.publish(submissionId, this.dropZone));
		}
	}

}

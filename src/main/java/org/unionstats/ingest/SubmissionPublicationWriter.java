package org.unionstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.FileOutcome;
import org.unionstats.intake.SubmissionPublisher;

/**
 * Publishes each decided submission (feedback, move, finish) and reports it to whoever
 * watches the pass. A publication that fails (a folder not writable, a disk full) is
 * recorded against its file and tried again by the next pass; the bucket goes on.
 */
class SubmissionPublicationWriter implements ItemWriter<Long> {

	private final SubmissionPublisher publisher;

	private final FileByFile files;

	SubmissionPublicationWriter(SubmissionPublisher publisher, FileByFile files) {
		this.publisher = publisher;
		this.files = files;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		for (Long submissionId : chunk) {
			LogContext.forSubmission(submissionId,
					() -> this.files
						.run(() -> publish(submissionId),
								(failedFiles, cause, dropZone) -> failedFiles.failedToPublish(submissionId, cause,
										dropZone))
						.ifPresent(this.files::published));
		}
	}

	private FileOutcome publish(long submissionId) {
		try {
			return this.publisher.publish(submissionId, this.files.dropZone());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.unionstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.unionstats.intake.DropZone;
import org.unionstats.intake.FailedFiles;
import org.unionstats.intake.FileOutcome;
import org.unionstats.intake.SubmissionPublisher;

/**
 * Publishes each decided submission (feedback, move, finish) and reports it to whoever
 * watches the pass. A publication that fails (a folder not writable, a disk full) is
 * recorded against its file and tried again by the next pass; the bucket goes on.
 */
class SubmissionPublicationWriter implements ItemWriter<Long> {

	private final SubmissionPublisher publisher;

	private final FileSavepoint savepoint;

	private final FailedFiles failedFiles;

	private final DropZone dropZone;

	private final IngestProgress progress;

	private final @Nullable String requestedAt;

	SubmissionPublicationWriter(SubmissionPublisher publisher, FileSavepoint savepoint, FailedFiles failedFiles,
			IngestProgress progress, DropZone dropZone, @Nullable String requestedAt) {
		this.publisher = publisher;
		this.savepoint = savepoint;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.dropZone = dropZone;
		this.requestedAt = requestedAt;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		for (Long submissionId : chunk) {
			LogContext.forSubmission(submissionId, () -> publishOrRecordFailure(submissionId));
		}
	}

	private void publishOrRecordFailure(long submissionId) {
		FileOutcome published;
		try {
			published = this.savepoint.run(() -> publish(submissionId));
		}
		catch (RuntimeException ex) {
			this.progress.fileFailed(this.requestedAt,
					this.failedFiles.failedToPublish(submissionId, ex, this.dropZone));
			return;
		}
		this.progress.fileDone(this.requestedAt, published);
	}

	private FileOutcome publish(long submissionId) {
		try {
			return this.publisher.publish(submissionId, this.dropZone);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

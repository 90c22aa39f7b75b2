package org.unionstats.ingest;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.unionstats.intake.DropZone;
import org.unionstats.intake.FailedFiles;
import org.unionstats.intake.FileOutcome;

/**
 * Runs a deciding or publishing worker's files one by one, each behind a savepoint of the
 * chunk's transaction: a file whose work fails is recorded as failed and reported to
 * whoever watches the pass, and the worker goes on with the next.
 */
class FileByFile {

	private final FileSavepoint savepoint;

	private final FailedFiles failedFiles;

	private final IngestProgress progress;

	private final DropZone dropZone;

	private final @Nullable String requestedAt;

	FileByFile(FileSavepoint savepoint, FailedFiles failedFiles, IngestProgress progress, DropZone dropZone,
			@Nullable String requestedAt) {
		this.savepoint = savepoint;
		this.failedFiles = failedFiles;
		this.progress = progress;
		this.dropZone = dropZone;
		this.requestedAt = requestedAt;
	}

	DropZone dropZone() {
		return this.dropZone;
	}

	/** The work's result, or empty when it failed and its failure was recorded. */
	<T> Optional<T> run(Supplier<T> work, Failure failure) {
		try {
			return Optional.of(this.savepoint.run(work));
		}
		catch (RuntimeException ex) {
			this.progress.fileFailed(this.requestedAt, failure.record(this.failedFiles, ex, this.dropZone));
			return Optional.empty();
		}
	}

	/** One more file handled by a step before publishing. */
	void advanced(PassStep step) {
		this.progress.stepAdvanced(this.requestedAt, step);
	}

	/** One more file published. */
	void published(FileOutcome outcome) {
		this.progress.fileDone(this.requestedAt, outcome);
	}

	/** How a file's failure is recorded. */
	@FunctionalInterface
	interface Failure {

		FileOutcome record(FailedFiles failedFiles, RuntimeException cause, DropZone dropZone);

	}

}

package org.unionstats.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.unionstats.intake.FileOutcome;

/**
 * Hands each finished file of a pass to whoever launched it (the command prints it),
 * numbered across the workers that publish in parallel.
 */
@Component
class IngestProgress {

	private final Map<String, Pass> passes = new ConcurrentHashMap<>();

	void watch(String requestedAt, PassListener listener) {
		this.passes.put(requestedAt, new Pass(listener));
	}

	void unwatch(String requestedAt) {
		this.passes.remove(requestedAt);
	}

	/** The number of files the pass is about to publish. */
	void publishing(String requestedAt, int total) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.start(total);
		}
	}

	void fileDone(String requestedAt, FileOutcome outcome) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.fileDone(outcome);
		}
	}

	void fileFailed(String requestedAt, FileOutcome outcome) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.fileFailed(outcome);
		}
	}

	private Pass watched(String requestedAt) {
		// A scheduled run: nobody launched it through a command, nobody watches.
		return (requestedAt != null) ? this.passes.get(requestedAt) : null;
	}

	private static final class Pass {

		private final PassListener listener;

		private int done;

		private int total;

		Pass(PassListener listener) {
			this.listener = listener;
		}

		synchronized void start(int total) {
			this.done = 0;
			this.total = total;
		}

		synchronized void fileDone(FileOutcome outcome) {
			this.done++;
			this.listener.fileDone(outcome, this.done, Math.max(this.done, this.total));
		}

		synchronized void fileFailed(FileOutcome outcome) {
			this.listener.fileFailed(outcome);
		}

	}

}

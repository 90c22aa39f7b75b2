package org.unionstats.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
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
	void publishing(@Nullable String requestedAt, int total) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.start(total);
		}
	}

	/** The number of files a step before publishing is about to handle. */
	void stepStarting(@Nullable String requestedAt, PassStep step, int total) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.stepStarting(step, total);
		}
	}

	/** One more file handled by a step before publishing, whatever its outcome. */
	void stepAdvanced(@Nullable String requestedAt, PassStep step) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.stepAdvanced(step);
		}
	}

	void fileDone(@Nullable String requestedAt, FileOutcome outcome) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.fileDone(outcome);
		}
	}

	void fileFailed(@Nullable String requestedAt, FileOutcome outcome) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.fileFailed(outcome);
		}
	}

	/** Files of a failed staging group given back to the inbox unhandled. */
	void filesGivenBack(@Nullable String requestedAt, int count) {
		Pass pass = watched(requestedAt);
		if (pass != null) {
			pass.filesGivenBack(count);
		}
	}

	private @Nullable Pass watched(@Nullable String requestedAt) {
		// A scheduled run: nobody launched it through a command, nobody watches.
		return (requestedAt != null) ? this.passes.get(requestedAt) : null;
	}

	private static final class Pass {

		private final PassListener listener;

		private int done;

		private int total;

		/** Done and total of each step before publishing. */
		private final Map<PassStep, int[]> steps = new EnumMap<>(PassStep.class);

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

		synchronized void filesGivenBack(int count) {
			this.listener.filesGivenBack(count);
		}

		synchronized void stepStarting(PassStep step, int total) {
			this.steps.put(step, new int[] { 0, total });
			this.listener.stepProgress(step, 0, total);
		}

		synchronized void stepAdvanced(PassStep step) {
			int[] count = this.steps.computeIfAbsent(step, (started) -> new int[2]);
			count[0]++;
			this.listener.stepProgress(step, count[0], Math.max(count[0], count[1]));
		}

	}

}

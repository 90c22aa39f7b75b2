package org.unionstats.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.unionstats.intake.FileOutcome;

/**
 * Hands each finished file of a pass to whoever launched it (the command prints it).
 */
@Component
class IngestProgress {

	private final Map<String, PassListener> listeners = new ConcurrentHashMap<>();

	void watch(String requestedAt, PassListener listener) {
		this.listeners.put(requestedAt, listener);
	}

	void unwatch(String requestedAt) {
		this.listeners.remove(requestedAt);
	}

	void fileDone(String requestedAt, FileOutcome outcome, int done, int total) {
		if (requestedAt == null) {
			// A scheduled run: nobody launched it through a command, nobody watches.
			return;
		}
		PassListener listener = this.listeners.get(requestedAt);
		if (listener != null) {
			listener.fileDone(outcome, done, total);
		}
	}

}

package org.unionstats.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.unionstats.ingest.PassStep;

/**
 * The progress lines of a pass's steps before publishing: the start, the end, and in
 * between one line every few seconds, so a pass of thousands of files shows it is moving
 * without a line per file.
 */
final class StepProgressLines {

	private static final long INTERVAL_NANOS = 5_000_000_000L;

	private final LongSupplier clock;

	private final Map<PassStep, Long> lastPrinted = new EnumMap<>(PassStep.class);

	StepProgressLines(LongSupplier clock) {
		this.clock = clock;
	}

	static StepProgressLines everyFewSeconds() {
		return new StepProgressLines(System::nanoTime);
	}

	synchronized Optional<String> line(PassStep step, int done, int total) {
		if (total == 0) {
			return Optional.empty();
		}
		long now = this.clock.getAsLong();
		Long last = this.lastPrinted.get(step);
		boolean due = done == 0 || done >= total || last == null || now - last >= INTERVAL_NANOS;
		if (!due) {
			return Optional.empty();
		}
		this.lastPrinted.put(step, now);
		return Optional.of("ingest: %s %d of %d file(s)".formatted(step.label(), done, total));
	}

}

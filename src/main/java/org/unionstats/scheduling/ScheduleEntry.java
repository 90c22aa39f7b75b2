package org.unionstats.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One scheduled job as the Quartz tables hold it.
 *
 * @param job the schedule's identity (its file name in {@code jobs/})
 * @param cron its cron expression
 * @param nextFireTime when it fires next, empty when it never will
 * @param previousFireTime when it last fired, empty before its first run
 * @param state the Quartz trigger state, e.g. {@code WAITING}, {@code PAUSED},
 * {@code BLOCKED} (running)
 */
record ScheduleEntry(String job, String cron, Optional<Instant> nextFireTime, Optional<Instant> previousFireTime,
		String state) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	/** The entry as one line: job, cron, next fire time, previous fire time, state. */
	public String line() {
		return String.format("%-12s %-22s next %-19s  previous %-19s  %s", this.job, this.cron,
				format(this.nextFireTime), format(this.previousFireTime), this.state);
	}

	private static String format(Optional<Instant> time) {
		return time.map(TIME::format).orElse("-");
	}

}

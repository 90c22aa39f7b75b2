package org.unionstats.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.people.LocalTimes;

/**
 * Times on the pages, in the configured zone and named ({@code @consoleTimes.shown(...)}
 * in the templates).
 */
@Component("consoleTimes")
@ConditionalOnWebApplication
class ConsoleTimes {

	private final LocalTimes times;

	ConsoleTimes(UnionStatsProperties properties) {
		this.times = LocalTimes.of(properties);
	}

	public String shown(@Nullable Object time) {
		if (time == null) {
			return "—";
		}
		if (time instanceof Timestamp timestamp) {
			return this.times.shown(timestamp.toInstant());
		}
		if (time instanceof OffsetDateTime offset) {
			return this.times.shown(offset.toInstant());
		}
		return this.times.shown((Instant) time);
	}

	LocalDate today() {
		return LocalDate.now(this.times.zone());
	}

}

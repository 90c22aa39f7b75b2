package org.unionstats.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.unionstats.UnionStatsProperties;

/**
 * Times as people read them: in the configured zone ({@code unionstats.time-zone}), which
 * is named wherever a time is shown. The database keeps UTC.
 *
 * @param zone the zone of the people who read the times
 */
public record LocalTimes(ZoneId zone) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	public static LocalTimes of(UnionStatsProperties properties) {
		return new LocalTimes(properties.timeZone());
	}

	/**
	 * A time with its zone, e.g. {@code 2026-12-07 00:45 (Asia/Shanghai, UTC+08:00)}.
	 */
	public String shown(Instant instant) {
		return SHOWN.format(instant.atZone(this.zone)) + " (" + zoneName(instant) + ")";
	}

	/** The zone, e.g. {@code Asia/Shanghai, UTC+08:00}, for a text that names it once. */
	public String zoneName(Instant instant) {
		String offset = "UTC" + OFFSET.format(instant.atZone(this.zone));
		String id = this.zone.getId();
		return (id.equals("Z") || id.equals("UTC") || id.startsWith("UTC+") || id.startsWith("UTC-")
				|| id.startsWith("+") || id.startsWith("-")) ? offset : id + ", " + offset;
	}

	/** A stamp for a file name, to the minute, e.g. {@code 20261207-0045}. */
	public String stamp(Instant instant) {
		return STAMP.format(instant.atZone(this.zone));
	}

}

package org.unionstats.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schedule as stored in the Quartz tables, read with plain SQL: {@code status} shows
 * it without a Quartz scheduler in its context.
 */
@Component
public class ScheduleReport {

	private final JdbcClient jdbc;

	private final String schedulerName;

	private final SchedulingProperties properties;

	public ScheduleReport(JdbcClient jdbc, Environment environment, SchedulingProperties properties) {
		this.jdbc = jdbc;
		this.schedulerName = SchedulerName.of(environment);
		this.properties = properties;
	}

	/** Every scheduled job of this deployment, by name. */
	public List<ScheduleEntry> entries() {
		return this.jdbc.sql("""
				SELECT t.job_name, c.cron_expression, t.next_fire_time, t.prev_fire_time, t.trigger_state
				FROM qrtz_triggers t
				JOIN qrtz_cron_triggers c ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name
				  AND c.trigger_group = t.trigger_group
				WHERE t.sched_name = :scheduler AND t.trigger_group = :group
				ORDER BY t.job_name
				""")
			.param("scheduler", this.schedulerName)
			.param("group", this.properties.group())
			.query(ScheduleReport::entry)
			.list();
	}

	/**
	 * One line per scheduled job: job, cron, next fire time, previous fire time, state.
	 */
	public List<String> lines() {
		return entries().stream().map(ScheduleEntry::line).toList();
	}

	private static ScheduleEntry entry(ResultSet row, int number) throws SQLException {
		return new ScheduleEntry(row.getString("job_name"), row.getString("cron_expression"),
				time(row.getLong("next_fire_time")), time(row.getLong("prev_fire_time")),
				row.getString("trigger_state"));
	}

	private static Optional<Instant> time(long epochMillis) {
		// Quartz stores -1 (or 0 when never set) for "no time".
		return (epochMillis > 0) ? Optional.of(Instant.ofEpochMilli(epochMillis)) : Optional.empty();
	}

}

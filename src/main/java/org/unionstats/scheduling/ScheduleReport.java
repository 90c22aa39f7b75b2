package org.unionstats.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schedule as stored in the Quartz tables, readable without starting the scheduler
 * (for {@code status}).
 */
@Component
public class ScheduleReport {

	private final JdbcClient jdbc;

	private final Scheduler scheduler;

	private final SchedulingProperties properties;

	public ScheduleReport(JdbcClient jdbc, Scheduler scheduler, SchedulingProperties properties) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
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
			.param("scheduler", schedulerName())
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

	private String schedulerName() {
		try {
			return this.scheduler.getSchedulerName();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot read the scheduler's name", ex);
		}
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

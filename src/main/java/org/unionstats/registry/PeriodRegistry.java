package org.unionstats.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periods are open until closed; this records them, their state and their deadlines.
 */
@Component
public class PeriodRegistry {

	private final JdbcClient jdbc;

	PeriodRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the period if it is new; idempotent. */
	public void register(Period period) {
		this.jdbc.sql("""
				INSERT INTO core.period (period, period_type, starts_on, ends_on, previous_period)
				VALUES (:period, :type, :starts, :ends, :previous)
				ON CONFLICT (period) DO NOTHING""")
			.param("period", period.text())
			.param("type", period.type().name())
			.param("starts", period.startsOn())
			.param("ends", period.endsOn())
			.param("previous", period.previous().text())
			.update();
	}

	public boolean isClosed(Period period) {
		return this.jdbc.sql("SELECT closed_at IS NOT NULL FROM core.period WHERE period = :period")
			.param("period", period.text())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Transactional
	public void close(Period period, LocalDate deadline) {
		register(period);
		this.jdbc.sql("UPDATE core.period SET closed_at = coalesce(closed_at, now()) WHERE period = :period")
			.param("period", period.text())
			.update();
		setDeadlineIfGiven(period, deadline);
	}

	@Transactional
	public void open(Period period, LocalDate deadline) {
		register(period);
		this.jdbc.sql("UPDATE core.period SET closed_at = NULL WHERE period = :period")
			.param("period", period.text())
			.update();
		setDeadlineIfGiven(period, deadline);
	}

	@Transactional
	public void setDeadline(Period period, LocalDate deadline) {
		register(period);
		setDeadlineIfGiven(period, deadline);
	}

	/**
	 * Sets (or, with a null rate, removes) the target of a profile indicator for the
	 * period; {@code mart.federation_profile} compares each federation's rate with it.
	 */
	@Transactional
	public void setTarget(Period period, Indicator indicator, BigDecimal percent) {
		register(period);
		if (percent == null) {
			this.jdbc.sql("DELETE FROM core.indicator_target WHERE period = :period AND indicator = :indicator")
				.param("period", period.text())
				.param("indicator", indicator.column())
				.update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO core.indicator_target (period, indicator, target_rate) VALUES (:period, :indicator, :rate)
				ON CONFLICT (period, indicator) DO UPDATE SET target_rate = EXCLUDED.target_rate""")
			.param("period", period.text())
			.param("indicator", indicator.column())
			.param("rate", percent.movePointLeft(2))
			.update();
	}

	/** The profile indicators a period can set a target for. */
	public enum Indicator {

		APP_REGISTRATION("app_registration_rate"), ACTIVITY_PARTICIPATION("activity_participation_rate"),

		/** Template v2: firms with a collective contract among unionised firms. */
		COLLECTIVE_CONTRACT("collective_contract_coverage"),

		/** Template v2: firms with a workers' congress among unionised firms. */
		WORKERS_CONGRESS("workers_congress_coverage");

		private final String column;

		Indicator(String column) {
			this.column = column;
		}

		public String column() {
			return this.column;
		}

	}

	private void setDeadlineIfGiven(Period period, LocalDate deadline) {
		if (deadline != null) {
			this.jdbc.sql("UPDATE core.period SET deadline = :deadline WHERE period = :period")
				.param("deadline", deadline)
				.param("period", period.text())
				.update();
		}
	}

}

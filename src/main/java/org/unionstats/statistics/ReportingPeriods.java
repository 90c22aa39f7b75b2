package org.unionstats.statistics;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;

/**
 * Which period a statistics command is about: the one asked for, if the warehouse knows
 * it, otherwise the latest period with accepted data.
 */
@Component
public class ReportingPeriods {

	private static final int BAD_PERIOD = 2;

	private final JdbcClient jdbc;

	ReportingPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The period to report on.
	 * @param requested the period asked for, or null for the latest with accepted data
	 * @throws UserFacingException when the period is unknown, or there is none
	 */
	public Period resolve(@Nullable Period requested) {
		if (requested == null) {
			return latestAccepted().orElseThrow(() -> new UserFacingException(
					"no period has accepted submissions yet; give one with --period", BAD_PERIOD));
		}
		if (!known(requested)) {
			throw new UserFacingException("period " + requested + " has no submissions and is not registered",
					BAD_PERIOD);
		}
		return requested;
	}

	/** The latest period having accepted data; a year wins over its own last month. */
	public Optional<Period> latestAccepted() {
		return this.jdbc.sql("""
				SELECT p.period
				FROM (SELECT DISTINCT period FROM core.federation_profile) p
				ORDER BY core.period_ends_on(p.period) DESC, core.period_starts_on(p.period)
				LIMIT 1""").query(String.class).optional().map(Period::require);
	}

	/** The latest period with accepted data, else the latest registered one. */
	public Optional<Period> latestKnown() {
		return latestAccepted().or(() -> this.jdbc.sql("""
				SELECT period FROM mart.reporting_period
				ORDER BY ends_on DESC NULLS LAST, starts_on
				LIMIT 1""").query(String.class).optional().map(Period::require));
	}

	private boolean known(Period period) {
		return this.jdbc.sql("SELECT EXISTS (SELECT FROM mart.reporting_period WHERE period = :period)")
			.param("period", period.text())
			.query(Boolean.class)
			.single();
	}

}

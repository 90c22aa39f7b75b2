package org.unionstats.statistics;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;

/**
 * Reads the headline figures and the submission status of a period from the marts, for
 * the {@code statistics} and {@code status} commands.
 */
@Component
public class StatisticsSummary {

	private final JdbcClient jdbc;

	StatisticsSummary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FacilityTotal> totals(Period period) {
		return this.jdbc.sql("""
				SELECT m.facility_type_zh, m.active_count, m.previous_period, m.previous_count, m.change
				FROM mart.municipal_statistics m
				JOIN core.facility_type t ON t.facility_type = m.facility_type
				WHERE m.period = :period
				ORDER BY t.sort_order""").param("period", period.text()).query(FacilityTotal.class).list();
	}

	/** Completeness by district, followed by the city's total. */
	public List<CompletenessLine> completeness(Period period) {
		return this.jdbc.sql("""
				SELECT district_code, district_name, federations_expected AS expected, federations_accepted AS accepted,
				       federations_rejected_only AS rejected_only, federations_missing AS missing,
				       accepted_on_time AS on_time
				FROM mart.submission_completeness WHERE period = :period
				UNION ALL
				SELECT NULL, '合计', coalesce(sum(federations_expected), 0), coalesce(sum(federations_accepted), 0),
				       coalesce(sum(federations_rejected_only), 0), coalesce(sum(federations_missing), 0),
				       sum(accepted_on_time)
				FROM mart.submission_completeness WHERE period = :period
				ORDER BY 1 NULLS LAST""").param("period", period.text()).query(CompletenessLine.class).list();
	}

	public List<MissingFederation> missing(Period period, int limit) {
		return this.jdbc.sql("""
				SELECT district_name, federation_code, federation_name, submission_state_zh AS state_zh
				FROM mart.missing_federations WHERE period = :period
				ORDER BY district_code, federation_code
				LIMIT :limit""")
			.param("period", period.text())
			.param("limit", limit)
			.query(MissingFederation.class)
			.list();
	}

	public List<JobRun> lastRuns(int limit) {
		return this.jdbc
			.sql("""
					SELECT i.job_name, p.parameter_value AS period, e.start_time AS started_at, e.end_time AS ended_at, e.status,
					       e.exit_message
					FROM batch_job_execution e
					JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
					LEFT JOIN batch_job_execution_params p
					    ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'period'
					ORDER BY e.job_execution_id DESC
					LIMIT :limit""")
			.param("limit", limit)
			.query(JobRun.class)
			.list();
	}

}

package org.unionstats.statistics;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;

/**
 * Runs the {@code statistics} job for a period and gathers its outcome.
 */
@Component
public class StatisticsLauncher {

	private final JobOperator jobOperator;

	private final Job job;

	private final ReportingPeriods periods;

	private final Path dropRoot;

	StatisticsLauncher(JobOperator jobOperator, @Qualifier("statisticsJob") Job job, ReportingPeriods periods,
			UnionStatsProperties properties) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.periods = periods;
		this.dropRoot = properties.dropRoot();
	}

	/**
	 * Runs the job.
	 * @param requested the period, or null for the latest with accepted data
	 * @param outputRoot where to write instead of the drop root, or null
	 */
	public StatisticsOutcome run(@Nullable Period requested, @Nullable Path outputRoot) {
		Period period = this.periods.resolve(requested);
		Path root = (outputRoot != null) ? outputRoot : this.dropRoot;
		JobParameters parameters = new JobParametersBuilder()
			.addString(StatisticsJobConfiguration.PERIOD, period.text())
			.addLocalDateTime(StatisticsJobConfiguration.RUN_AT, LocalDateTime.now())
			.addString(StatisticsJobConfiguration.OUTPUT_ROOT, root.toAbsolutePath().toString(), false)
			.toJobParameters();
		JobExecution execution = start(parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new UserFacingException("statistics job for " + period + " ended " + execution.getStatus() + ": "
					+ firstLine(execution.getExitStatus().getExitDescription()));
		}
		ReportHeadline headline = headline(execution);
		return new StatisticsOutcome(period, ReportPaths.under(root, period), headline.totals(), headline.city());
	}

	/** The figures the report step wrote, from the same snapshot as the report. */
	private static ReportHeadline headline(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.map((step) -> (ReportHeadline) step.getExecutionContext().get(StatisticsReportTasklet.HEADLINE_KEY))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The statistics job left no report headline"));
	}

	private JobExecution start(JobParameters parameters) {
		try {
			return this.jobOperator.start(this.job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start the statistics job", ex);
		}
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return "see the log";
		}
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}

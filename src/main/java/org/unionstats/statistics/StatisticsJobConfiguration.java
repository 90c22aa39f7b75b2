package org.unionstats.statistics;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.Period;

/**
 * The {@code statistics} job: one step that writes the report of the period given by the
 * identifying {@code period} parameter, or of the latest with accepted data without it
 * ({@code run.at}, or the scheduler's fire time, tells reruns apart).
 */
@Configuration(proxyBeanMethods = false)
class StatisticsJobConfiguration {

	static final String JOB_NAME = "statistics";

	static final String PERIOD = "period";

	static final String RUN_AT = "run.at";

	/** Optional, not identifying: a drop root other than the configured one. */
	static final String OUTPUT_ROOT = "output.root";

	@Bean
	Job statisticsJob(JobRepository jobRepository, Step statisticsReportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(new StatisticsParametersValidator())
			.start(statisticsReportStep)
			.build();
	}

	@Bean
	Step statisticsReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet statisticsReportTasklet) {
		return new StepBuilder("statisticsReport", jobRepository).tasklet(statisticsReportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet statisticsReportTasklet(@Value("#{jobParameters['" + PERIOD + "']}") @Nullable String period,
			@Value("#{jobParameters['" + OUTPUT_ROOT + "']}") @Nullable String outputRoot,
			UnionStatsProperties properties, ReportingPeriods periods, MartSnapshot marts,
			StatisticsReportWriter writer) {
		Path dropRoot = (outputRoot != null) ? Path.of(outputRoot) : properties.dropRoot();
		// The parameters' validator has let only a well-formed period through.
		Period requested = (period != null) ? Period.require(period) : null;
		return new StatisticsReportTasklet(requested, dropRoot, periods, marts, writer);
	}

}

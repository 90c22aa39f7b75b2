package org.unionstats.statistics;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.unionstats.registry.Period;

/**
 * Writes the report of one period from one snapshot of the marts; rerunning it replaces
 * the files, so a failed run is simply restarted.
 */
class StatisticsReportTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(StatisticsReportTasklet.class);

	private static final String PERIOD_KEY = "report.period";

	/** Where the step leaves the {@link ReportHeadline} of what it wrote. */
	static final String HEADLINE_KEY = "report.headline";

	private final @Nullable Period period;

	private final Path dropRoot;

	private final ReportingPeriods periods;

	private final MartSnapshot marts;

	private final StatisticsReportWriter writer;

	StatisticsReportTasklet(@Nullable Period period, Path dropRoot, ReportingPeriods periods, MartSnapshot marts,
			StatisticsReportWriter writer) {
		this.period = period;
		this.dropRoot = dropRoot;
		this.periods = periods;
		this.marts = marts;
		this.writer = writer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		// Kept in the step's context so that a restart reports on the same period.
		Period reported = context.containsKey(PERIOD_KEY) ? Period.require(context.getString(PERIOD_KEY))
				: this.periods.resolve(this.period);
		context.putString(PERIOD_KEY, reported.text());
		ReportPaths paths = ReportPaths.under(this.dropRoot, reported);
		ReportHeadline headline = this.marts.read(reported, (tables) -> this.writer.write(paths, tables));
		contribution.incrementWriteCount(headline.federations());
		context.putString("report.workbook", paths.workbook().toString());
		context.put(HEADLINE_KEY, headline);
		logger.info("Statistics report for {} written to {} ({} federations)", reported, paths.workbook(),
				headline.federations());
		return RepeatStatus.FINISHED;
	}

}

package org.unionstats.statistics;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the report of one period from one snapshot of the marts; rerunning it replaces
 * the files, so a failed run is simply restarted.
 */
class StatisticsReportTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(StatisticsReportTasklet.class);

	private final String period;

	private final Path dropRoot;

	private final MartSnapshot marts;

	private final StatisticsReportWriter writer;

	StatisticsReportTasklet(String period, Path dropRoot, MartSnapshot marts, StatisticsReportWriter writer) {
		this.period = period;
		this.dropRoot = dropRoot;
		this.marts = marts;
		this.writer = writer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ReportPaths paths = ReportPaths.under(this.dropRoot, this.period);
		int federations = this.marts.read(this.period, (tables) -> this.writer.write(paths, tables));
		contribution.incrementWriteCount(federations);
		chunkContext.getStepContext()
			.getStepExecution()
			.getExecutionContext()
			.putString("report.workbook", paths.workbook().toString());
		logger.info("Statistics report for {} written to {} ({} federations)", this.period, paths.workbook(),
				federations);
		return RepeatStatus.FINISHED;
	}

}

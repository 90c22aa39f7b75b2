package org.unionstats.statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UserFacingException;
import org.unionstats.registry.Period;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code statistics} job as the scheduler starts it: parameters, default period and
 * restart.
 */
@IntegrationTest
class StatisticsJobIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private StatisticsLauncher launcher;

	@Autowired
	@Qualifier("statisticsJob")
	private Job job;

	@TempDir
	Path dropRoot;

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet();
	}

	@Test
	void withoutAPeriodItReportsOnTheLatestWithAcceptedData() throws Exception {
		JobExecution execution = this.jobOperator.start(this.job, scheduled().toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.dropRoot.resolve("reports/2017/municipal-statistics-2017.xlsx")).isRegularFile();
	}

	@Test
	void rejectsAMalformedPeriodBeforeRunning() {
		JobParameters parameters = scheduled().addString(StatisticsJobConfiguration.PERIOD, "2017-Q5")
			.toJobParameters();

		assertThatExceptionOfType(InvalidJobParametersException.class)
			.isThrownBy(() -> this.jobOperator.start(this.job, parameters))
			.withMessageContaining("2017-Q5");
	}

	@Test
	void aFailedRunIsRestartedAndCompletes() throws Exception {
		Files.writeString(this.dropRoot.resolve("reports"), "a file where the reports folder should be");
		JobExecution failed = this.jobOperator.start(this.job,
				scheduled().addString(StatisticsJobConfiguration.PERIOD, "2016").toJobParameters());
		Files.delete(this.dropRoot.resolve("reports"));

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(this.dropRoot.resolve("reports/2016/municipal-statistics-2016.xlsx")).isRegularFile();
	}

	private JobParametersBuilder scheduled() {
		return new JobParametersBuilder().addLocalDateTime("fireTime", LocalDateTime.now())
			.addString(StatisticsJobConfiguration.OUTPUT_ROOT, this.dropRoot.toString(), false);
	}

	@Test
	void theLauncherReportsAFailedRunInOneLine() throws IOException {
		Files.writeString(this.dropRoot.resolve("reports"), "not a folder");

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.launcher.run(Period.require("2017"), this.dropRoot))
			.withMessageStartingWith("statistics job for 2017 ended FAILED")
			.withMessageNotContaining("\n");
	}

}

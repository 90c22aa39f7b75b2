package org.unionstats.statistics;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobRunTests {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 20, 0);

	@Test
	void aFailedRunSaysItsInnermostCauseInOneLineWithoutPackageNames() {
		JobRun run = new JobRun("ingest", null, NOW, NOW, "FAILED",
				"""
						org.springframework.batch.core.job.JobExecutionException: Partition handler returned an unsuccessful step
							at org.springframework.batch.core.partition.PartitionStep.doExecute(PartitionStep.java:111)
						Caused by: org.springframework.dao.DataAccessResourceFailureException: PreparedStatementCallback
							at org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:152)
						Caused by: org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command
							at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2993)""");

		assertThat(run.reason()).isEqualTo("PSQLException: FATAL: terminating connection due to administrator command");
	}

	@Test
	void aCompletedRunHasNoReason() {
		assertThat(new JobRun("ingest", null, NOW, NOW, "COMPLETED", "").reason()).isEmpty();
		assertThat(new JobRun("statistics", "2017", NOW, null, "FAILED", null).reason()).isEmpty();
	}

	@Test
	void aFailureWithoutACauseSaysItsFirstLine() {
		JobRun run = new JobRun("statistics", "2017", NOW, NOW, "FAILED",
				"java.lang.IllegalStateException: no accepted data for 2017\n\tat x.y(Z.java:1)");

		assertThat(run.reason()).isEqualTo("IllegalStateException: no accepted data for 2017");
	}

}

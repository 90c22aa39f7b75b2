package org.unionstats.scheduling;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A tiny batch job named {@code probe} for scheduling tests. Deliberately not annotated
 * with {@code @Configuration}: component scanning of {@code org.unionstats} in other
 * tests' contexts must not pick it up; tests add it as a source.
 */
class ProbeJobConfiguration {

	static final String NAME = "probe";

	@Bean
	Job probe(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new JobBuilder(NAME, jobRepository)
			.start(new StepBuilder("probeStep", jobRepository)
				.tasklet((contribution, chunkContext) -> RepeatStatus.FINISHED, transactionManager)
				.build())
			.build();
	}

}

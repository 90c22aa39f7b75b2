package org.unionstats.statistics;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class StatisticsParametersValidatorTests {

	private final StatisticsParametersValidator validator = new StatisticsParametersValidator();

	@Test
	void aScheduleWithAMalformedPeriodIsRefusedWithTheMessageTheCommandLineGives() {
		assertThatExceptionOfType(InvalidJobParametersException.class).isThrownBy(() -> this.validator.validate(
				new JobParametersBuilder().addString(StatisticsJobConfiguration.PERIOD, "2017-Q5").toJobParameters()))
			.withMessage("'2017-Q5' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM");
	}

	@Test
	void acceptsAWellFormedPeriodOrNone() {
		assertThatNoException().isThrownBy(() -> this.validator.validate(
				new JobParametersBuilder().addString(StatisticsJobConfiguration.PERIOD, "2017-q3").toJobParameters()));
		assertThatNoException().isThrownBy(() -> this.validator
			.validate(new JobParametersBuilder().addString("fire.time", "x").toJobParameters()));
	}

}

package org.unionstats.statistics;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

import org.unionstats.registry.Period;

/**
 * Accepts a well-formed {@code period} or none (the latest with accepted data is then
 * used), and any other parameter, such as the scheduler's fire time.
 */
class StatisticsParametersValidator implements JobParametersValidator {

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		String period = (parameters != null) ? parameters.getString(StatisticsJobConfiguration.PERIOD) : null;
		if (period != null) {
			try {
				Period.require(period);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidJobParametersException(ex.getMessage());
			}
		}
	}

}

package org.unionstats.scheduling;

import org.springframework.core.env.Environment;

/**
 * The name the Quartz scheduler of {@code serve} runs under (its rows in the Quartz
 * tables carry it), worked out from the settings the way Spring Boot and Spring's
 * {@code SchedulerFactoryBean} do, so that the schedule can be read without starting a
 * scheduler.
 */
final class SchedulerName {

	/** The name of Spring Boot's scheduler bean, which names the scheduler by default. */
	static final String DEFAULT = "quartzScheduler";

	private SchedulerName() {
	}

	static String of(Environment environment) {
		String configured = environment.getProperty("spring.quartz.scheduler-name");
		if (configured != null) {
			return configured;
		}
		return environment.getProperty("spring.quartz.properties.org.quartz.scheduler.instanceName", DEFAULT);
	}

}

package org.unionstats.scheduling;

import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler name {@code status} looks the schedule up by is the one Spring's
 * scheduler factory gives the scheduler of {@code serve}, for the same settings.
 */
class SchedulerNameTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "-, -", "nightly, -", "-, from-quartz-properties", "nightly, from-quartz-properties" })
	void isTheNameTheSchedulerRunsUnder(String schedulerName, String instanceName) throws Exception {
		MockEnvironment environment = new MockEnvironment();
		Properties quartz = new Properties();
		quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		quartz.setProperty("org.quartz.threadPool.threadCount", "1");
		if (schedulerName != null) {
			environment.setProperty("spring.quartz.scheduler-name", schedulerName);
		}
		if (instanceName != null) {
			environment.setProperty("spring.quartz.properties.org.quartz.scheduler.instanceName", instanceName);
			quartz.setProperty("org.quartz.scheduler.instanceName", instanceName);
		}
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		// As Spring Boot's Quartz auto-configuration sets it up.
		factory.setBeanName("quartzScheduler");
		if (schedulerName != null) {
			factory.setSchedulerName(schedulerName);
		}
		factory.setQuartzProperties(quartz);
		factory.setAutoStartup(false);
		factory.afterPropertiesSet();
		try {
			assertThat(SchedulerName.of(environment)).isEqualTo(factory.getScheduler().getSchedulerName());
		}
		finally {
			factory.destroy();
		}
	}

}

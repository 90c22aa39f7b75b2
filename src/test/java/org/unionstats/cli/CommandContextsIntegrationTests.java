package org.unionstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

import org.springframework.batch.core.job.Job;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.unionstats.ingest.IngestLauncher;
import org.unionstats.scheduling.ScheduleReport;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command's context holds: a one-shot command starts no web server, Quartz
 * scheduler or actuator, and one that runs no job builds no job; {@code serve} has them
 * all.
 */
class CommandContextsIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aCommandThatRunsNoJobHasNoWebServerSchedulerActuatorOrJob() {
		try (ConfigurableApplicationContext context = starter().start()) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(beanNames(context, Scheduler.class)).isEmpty();
			assertThat(beanNames(context, HealthContributor.class)).isEmpty();
			assertThat(beanNames(context, PrometheusMeterRegistry.class)).isEmpty();
			assertThat(actuatorBeans(context)).isEmpty();
			assertThat(beanNames(context, Job.class)).isEmpty();
			// The schema is migrated at start all the same, and status reads the
			// schedule.
			assertThat(context.getBeanFactory().containsSingleton("flywayInitializer")).isTrue();
			assertThat(context.getBeansOfType(FlywayMigrationInitializer.class)).hasSize(1);
			assertThat(context.getBean(ScheduleReport.class).lines()).isNotNull();
		}
	}

	@Test
	void aCommandThatRunsJobsHasItsJobsAndMetersButNoWebServerSchedulerOrActuator() {
		try (ConfigurableApplicationContext context = starter().startRunningJobs()) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(beanNames(context, Scheduler.class)).isEmpty();
			assertThat(beanNames(context, HealthContributor.class)).isEmpty();
			assertThat(actuatorBeans(context)).isEmpty();
			assertThat(beanNames(context, Job.class)).contains("ingest", "statisticsJob");
			assertThat(context.getBean(IngestLauncher.class)).isNotNull();
			assertThat(context.getBean(MeterRegistry.class)).isNotInstanceOf(PrometheusMeterRegistry.class);
		}
	}

	@Test
	void serveHasWebServerSchedulerHealthAndPrometheus() throws Exception {
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		try (ConfigurableApplicationContext context = starter("--server.port=0",
				"--spring.quartz.scheduler-name=command-contexts-tests", "--unionstats.scheduling.jobs-dir=" + jobs,
				"--unionstats.drop-root=" + drop)
			.startServing(WebApplicationType.SERVLET, "serve")) {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBean(Scheduler.class).getSchedulerName()).isEqualTo("command-contexts-tests");
			assertThat(beanNames(context, HealthContributor.class)).contains("dropRootHealthIndicator",
					"schedulerHealthIndicator");
			assertThat(beanNames(context, PrometheusMeterRegistry.class)).isNotEmpty();
			assertThat(actuatorBeans(context)).isNotEmpty();
			assertThat(beanNames(context, Job.class)).contains("ingest", "statisticsJob");
		}
	}

	@Test
	void statusReadsTheScheduleOfServesSchedulerWithoutStartingOne() throws Exception {
		// A scheduler name of its own: the report must find serve's rows by that name.
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		Files.writeString(jobs.resolve("nightly-ingest.yml"), """
				name: ingest
				cron: "0 0 3 * * ?"
				parameters: {}
				description: Nightly ingest.
				""");
		Path drop = Files.createDirectories(this.folder.resolve("drop"));
		String[] settings = { "--spring.quartz.scheduler-name=command-contexts-schedule",
				"--unionstats.scheduling.jobs-dir=" + jobs, "--unionstats.drop-root=" + drop };
		try (ConfigurableApplicationContext serve = starter(settings).startServing(WebApplicationType.SERVLET,
				"serve")) {
			List<String> served = serve.getBean(ScheduleReport.class).lines();
			assertThat(served).singleElement().asString().contains("nightly-ingest");
			try (ConfigurableApplicationContext status = starter(settings).start()) {
				assertThat(beanNames(status, Scheduler.class)).isEmpty();
				assertThat(status.getBean(ScheduleReport.class).lines()).isEqualTo(served);
			}
		}
	}

	private ApplicationStarter starter(String... settings) {
		List<String> args = new ArrayList<>(Arrays.asList(TestDatabase.springArgs()));
		args.add("--unionstats.drop-root=" + this.folder.resolve("drop"));
		args.addAll(List.of(settings));
		return new ApplicationStarter(args);
	}

	private static List<String> beanNames(ConfigurableApplicationContext context, Class<?> type) {
		return List.of(context.getBeanNamesForType(type, true, false));
	}

	private static List<String> actuatorBeans(ConfigurableApplicationContext context) {
		return Arrays.stream(context.getBeanDefinitionNames()).filter((name) -> {
			String type = context.getBeanFactory().getBeanDefinition(name).getBeanClassName();
			String factory = context.getBeanFactory().getBeanDefinition(name).getFactoryBeanName();
			return isActuator(name) || (type != null && isActuator(type)) || (factory != null && isActuator(factory));
		}).toList();
	}

	private static boolean isActuator(String name) {
		return name.contains(".actuate.") || name.contains("Endpoint");
	}

}

package org.unionstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import org.unionstats.ingest.IngestLauncher;
import org.unionstats.intake.FailedFilesReport;
import org.unionstats.intake.UnknownFolders;
import org.unionstats.scheduling.ScheduleReport;
import org.unionstats.statistics.ReportingPeriods;
import org.unionstats.statistics.StatisticsSummary;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command's context holds: a one-shot command starts no web server, Quartz
 * scheduler or actuator, one that runs no job builds no job and migrates only when the
 * database is behind, {@code status} has just what it reads; {@code serve} has them all.
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
			assertThat(context.getBean(ScheduleReport.class).lines()).isNotNull();
		}
	}

	@Test
	void aOneShotCommandMigratesOnlyWhenTheDatabaseIsBehind() throws Exception {
		try (ConfigurableApplicationContext context = starter().start()) {
			// Up to date now, by this start or an earlier one.
		}
		try (ConfigurableApplicationContext context = starter().start()) {
			assertThat(beanNames(context, FlywayMigrationInitializer.class)).isEmpty();
		}
		try (ConfigurableApplicationContext context = starter().startRunningJobs()) {
			assertThat(beanNames(context, FlywayMigrationInitializer.class)).isEmpty();
		}
		// As if this build changed the mart views: Flyway applies them again at start.
		execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version IS NULL");
		try (ConfigurableApplicationContext context = starter().start()) {
			assertThat(context.getBeanFactory().containsSingleton("flywayInitializer")).isTrue();
		}
		execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version IS NULL");
		try (ConfigurableApplicationContext context = starter().startRunningJobs()) {
			assertThat(context.getBeanFactory().containsSingleton("flywayInitializer")).isTrue();
		}
		try (ConfigurableApplicationContext context = starter().startOnly(StatusContext.class)) {
			assertThat(beanNames(context, FlywayMigrationInitializer.class)).isEmpty();
		}
	}

	@Test
	void statusHasItsReportsAndEverySettingButNoJobSchedulerOrProxies() {
		try (ConfigurableApplicationContext context = starter().startOnly(StatusContext.class)) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(beanNames(context, Scheduler.class)).isEmpty();
			assertThat(beanNames(context, Job.class)).isEmpty();
			assertThat(actuatorBeans(context)).isEmpty();
			assertThat(context.getBean(ScheduleReport.class).lines()).isNotNull();
			assertThat(context.getBean(FailedFilesReport.class).waiting(1)).isNotNull();
			assertThat(context.getBean(UnknownFolders.class).lines()).isNotNull();
			assertThat(context.getBean(ReportingPeriods.class).latestKnown()).isNotNull();
			assertThat(context.getBean(StatisticsSummary.class).lastRuns(1)).isNotNull();
			// A setting that does not convert stops status too.
			assertThat(settingsClasses()).allSatisfy((type) -> assertThat(context.getBeanNamesForType(type))
				.as("status binds %s at start", type.getSimpleName())
				.isNotEmpty());
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

	/** Every class of settings in the code base. */
	private static List<Class<?>> settingsClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		return scanner.findCandidateComponents("org.unionstats").stream().<Class<?>>map((candidate) -> {
			try {
				return Class.forName(candidate.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
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

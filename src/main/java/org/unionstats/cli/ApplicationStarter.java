package org.unionstats.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import org.unionstats.UnionStatsApplication;
import org.unionstats.UserFacingException;
import org.unionstats.database.DatabaseBootstrap;
import org.unionstats.database.MigrationsUpToDate;

/**
 * Starts the Spring application for one command, after making sure its database exists.
 */
public final class ApplicationStarter {

	private static final String BACKGROUND_PREINITIALIZER_IGNORE = "spring.backgroundpreinitializer.ignore";

	private final List<String> springArgs;

	ApplicationStarter(List<String> springArgs) {
		this.springArgs = List.copyOf(springArgs);
	}

	/**
	 * Starts a context without a web server for a one-shot command that runs no Spring
	 * Batch job: beans are made when the command first asks for one, so that it pays only
	 * for what it uses (the job beans, for one, are never built).
	 */
	public ConfigurableApplicationContext start() {
		return start(new Start(UnionStatsApplication.class, WebApplicationType.NONE, true, true));
	}

	/**
	 * Starts a context of just {@code configuration}, without a web server, component
	 * scan or any auto-configuration it does not import, for a command that reads a few
	 * things and needs its start to be quick.
	 */
	public ConfigurableApplicationContext startOnly(Class<?> configuration) {
		return start(new Start(configuration, WebApplicationType.NONE, true, false));
	}

	/**
	 * Starts a context without a web server for a one-shot command that runs a job: every
	 * bean is made at start, as Spring Batch's job registry expects.
	 */
	public ConfigurableApplicationContext startRunningJobs() {
		return start(new Start(UnionStatsApplication.class, WebApplicationType.NONE, true, false));
	}

	/**
	 * Starts a context like {@link #startRunningJobs()} but without Spring Boot's
	 * shutdown hook: on SIGTERM the caller decides when the context closes (after
	 * stopping its work), since Boot's hook would close the connection pool under a
	 * running job.
	 */
	public ConfigurableApplicationContext startClosedByCaller() {
		return start(new Start(UnionStatsApplication.class, WebApplicationType.NONE, false, false));
	}

	/**
	 * Starts a long-running application that never creates its database: a mistyped
	 * database name in a service's settings must stop it, not give it an empty warehouse
	 * to fill.
	 */
	public ConfigurableApplicationContext startServing(WebApplicationType webType, String... profiles) {
		return start(new Start(UnionStatsApplication.class, webType, true, false), profiles);
	}

	private ConfigurableApplicationContext start(Start start, String... profiles) {
		if (start.oneShot()) {
			QuickCompiler.applyIfAsked();
			// Boot warms up Jackson, HTTP message converters and Tomcat in a background
			// thread, for a web application; a command uses none of them, and on two
			// cores that thread slows the start it is meant to speed up. Read when the
			// listener is made, in SpringApplication's constructor.
			System.setProperty(BACKGROUND_PREINITIALIZER_IGNORE, "true");
		}
		SpringApplication application = new SpringApplication(start.source());
		application.setWebApplicationType(start.webType());
		if (start.oneShot()) {
			application.setDefaultProperties(Map.of(OneShotAutoConfigurations.ONE_SHOT, "true"));
		}
		if (start.lazy()) {
			application.setLazyInitialization(true);
			application.addInitializers(JobDefinitionsLeftOut::register);
		}
		application.setRegisterShutdownHook(start.registerShutdownHook());
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setAdditionalProfiles(profiles);
		application.addListeners((ApplicationEnvironmentPreparedEvent event) -> {
			ConfigurableEnvironment environment = event.getEnvironment();
			DatabaseBootstrap.ensureDatabase(environment, start.oneShot(), start.oneShot()
					? (connection) -> MigrationsUpToDate.leaveFlywayOutIfUpToDate(environment, connection) : null);
		});
		try {
			return application.run(this.springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw asUserFacing(ex);
		}
	}

	private static RuntimeException asUserFacing(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UserFacingException userFacing) {
				return userFacing;
			}
			if (cause instanceof BindException bind) {
				return badSetting(bind);
			}
		}
		return ex;
	}

	/** A setting that does not convert to its type: one line naming it and its value. */
	private static UserFacingException badSetting(BindException bind) {
		Object value = (bind.getProperty() != null) ? bind.getProperty().getValue() : null;
		Throwable root = bind;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String reason = (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("") : "";
		return new UserFacingException(
				"invalid value '" + value + "' for " + bind.getName() + " (" + root.getClass().getSimpleName()
						+ (reason.isEmpty() ? "" : ": " + reason) + "); see the configuration table in README.md");
	}

	/**
	 * How a context starts. A one-shot command (no web server) may create its database,
	 * leaves Flyway out when the database already holds every migration of this build
	 * (Flyway would find nothing to do) and compiles with C1 alone; serve does none of
	 * these.
	 */
	private record Start(Class<?> source, WebApplicationType webType, boolean registerShutdownHook, boolean lazy) {

		boolean oneShot() {
			return this.webType == WebApplicationType.NONE;
		}

	}

	static ApplicationStarter splitting(String[] args, List<String> commandArgs) {
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			if (isSpringProperty(arg)) {
				springArgs.add(arg);
			}
			else {
				commandArgs.add(arg);
			}
		}
		return new ApplicationStarter(springArgs);
	}

	private static boolean isSpringProperty(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--unionstats.") || arg.startsWith("--server.")
				|| arg.startsWith("--management.") || arg.startsWith("--logging.");
	}

}

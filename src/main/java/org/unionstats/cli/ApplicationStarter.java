package org.unionstats.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import org.unionstats.UnionStatsApplication;
import org.unionstats.UserFacingException;
import org.unionstats.database.DatabaseBootstrap;

/**
 * Starts the Spring application for one command, after making sure its database exists.
 */
public final class ApplicationStarter {

	private final List<String> springArgs;

	ApplicationStarter(List<String> springArgs) {
		this.springArgs = List.copyOf(springArgs);
	}

	/** Starts a context without a web server, for one-shot commands. */
	public ConfigurableApplicationContext start() {
		return start(WebApplicationType.NONE);
	}

	/**
	 * Starts a context without a web server and without Spring Boot's shutdown hook: on
	 * SIGTERM the caller decides when the context closes (after stopping its work), since
	 * Boot's hook would close the connection pool under a running job.
	 */
	public ConfigurableApplicationContext startClosedByCaller() {
		return start(WebApplicationType.NONE, false, true);
	}

	public ConfigurableApplicationContext start(WebApplicationType webType, String... profiles) {
		return start(webType, true, true, profiles);
	}

	/**
	 * Starts a long-running application that never creates its database: a mistyped
	 * database name in a service's settings must stop it, not give it an empty warehouse
	 * to fill.
	 */
	public ConfigurableApplicationContext startServing(WebApplicationType webType, String... profiles) {
		return start(webType, true, false, profiles);
	}

	private ConfigurableApplicationContext start(WebApplicationType webType, boolean registerShutdownHook,
			boolean mayCreateDatabase, String... profiles) {
		SpringApplication application = new SpringApplication(UnionStatsApplication.class);
		application.setWebApplicationType(webType);
		application.setRegisterShutdownHook(registerShutdownHook);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setAdditionalProfiles(profiles);
		application.addListeners((ApplicationEnvironmentPreparedEvent event) -> DatabaseBootstrap
			.ensureDatabase(event.getEnvironment(), mayCreateDatabase));
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

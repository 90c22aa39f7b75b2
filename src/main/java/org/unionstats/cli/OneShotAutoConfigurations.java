package org.unionstats.cli;

import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a one-shot command's context (marked by {@link ApplicationStarter}), lets through
 * only the auto-configurations such a command uses: the database, Flyway, transactions,
 * Spring Batch and an in-memory meter registry. Web server, actuator, health, Prometheus,
 * Quartz, Jackson and whatever a new starter brings stay out of {@code status},
 * {@code ingest} and the other commands, which would otherwise pay for them at every
 * start. {@code serve} and tests' contexts keep every auto-configuration. An
 * auto-configuration a one-shot command comes to need is added here.
 */
public final class OneShotAutoConfigurations
		implements AutoConfigurationImportFilter, EnvironmentAware, BeanClassLoaderAware {

	/** Set by {@link ApplicationStarter} for a one-shot command. */
	static final String ONE_SHOT = "unionstats.internal.one-shot";

	static final Set<String> ALLOWED = Set.of("org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
			"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
			"org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration",
			"org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
			"org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
			"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
			// The project's own meters (IngestMetrics), kept in memory: nobody scrapes a
			// one-shot command.
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration");

	private boolean oneShot;

	private ClassLoader classLoader;

	private Set<String> autoConfigurations;

	@Override
	public void setEnvironment(Environment environment) {
		this.oneShot = environment.getProperty(ONE_SHOT, Boolean.class, false);
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = !this.oneShot || candidate == null || ALLOWED.contains(candidate)
					|| !isAutoConfiguration(candidate);
		}
		return matches;
	}

	/**
	 * Boot filters the classes an auto-configuration imports too (a connection pool's
	 * configuration, say): only auto-configurations are held back.
	 */
	private boolean isAutoConfiguration(String className) {
		if (this.autoConfigurations == null) {
			this.autoConfigurations = new HashSet<>(
					ImportCandidates.load(AutoConfiguration.class, this.classLoader).getCandidates());
		}
		return this.autoConfigurations.contains(className);
	}

}

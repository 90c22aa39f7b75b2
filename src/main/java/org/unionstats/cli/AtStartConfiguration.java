package org.unionstats.cli;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * What a command whose beans are made lazily (see {@link ApplicationStarter#start()})
 * still does at start, as every command did before: migrate the database (when it is
 * behind: see {@code MigrationsUpToDate}), and bind every setting, so that a setting that
 * does not convert stops the command in one line before it does anything.
 */
@Configuration(proxyBeanMethods = false)
class AtStartConfiguration {

	@Bean
	static LazyInitializationExcludeFilter migrationsAtStart() {
		// A command that reaches the database through a plain DataSource finds the schema
		// up to date too.
		return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
	}

	@Bean
	static LazyInitializationExcludeFilter settingsBoundAtStart() {
		return (name, definition, type) -> type != null
				&& AnnotatedElementUtils.hasAnnotation(type, ConfigurationProperties.class);
	}

}

package org.unionstats.database;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every session of the application's connection pool a {@code lock_timeout}
 * ({@code unionstats.lock-timeout}, default 60 s): a table lock held by someone else (a
 * maintenance {@code LOCK TABLE}, a forgotten psql transaction) then fails a statement
 * with a message instead of blocking a pass, and the cluster job lock it holds, silently
 * for ever. No statement_timeout is set: a long merge or mart refresh is legitimate.
 * Public for the context of {@code status}, which imports it.
 */
@Configuration(proxyBeanMethods = false)
public class SessionLockTimeoutConfiguration {

	static final String PROPERTY = "unionstats.lock-timeout";

	static final Duration DEFAULT = Duration.ofSeconds(60);

	/**
	 * Static, and bound from the environment rather than injected: a post-processor is
	 * made before the beans it would otherwise depend on.
	 */
	@Bean
	static BeanPostProcessor sessionLockTimeout(Environment environment) {
		Duration timeout = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(DEFAULT);
		return new SessionLockTimeout(timeout);
	}

}

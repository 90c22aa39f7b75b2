package org.unionstats.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Adds {@code SET lock_timeout} to the connection-init SQL of the Hikari pool, ahead of
 * any init SQL configured under {@code spring.datasource.hikari.connection-init-sql}.
 */
final class SessionLockTimeout implements BeanPostProcessor {

	private final Duration timeout;

	SessionLockTimeout(Duration timeout) {
		if (timeout.isNegative()) {
			throw new IllegalArgumentException(SessionLockTimeoutConfiguration.PROPERTY + " must not be negative");
		}
		this.timeout = timeout;
	}

	/**
	 * After initialization, so that the pool's own properties are bound; the pool opens
	 * its first connection later, on first use.
	 */
	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			String configured = pool.getConnectionInitSql();
			String lockTimeout = "SET lock_timeout = " + this.timeout.toMillis();
			pool.setConnectionInitSql(
					(configured == null || configured.isBlank()) ? lockTimeout : lockTimeout + "; " + configured);
		}
		return bean;
	}

}

package org.unionstats.health;

import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Reports the Quartz scheduler UP only while it is started and not on standby, so a node
 * that would fire nothing is seen.
 */
@Component
@Profile("serve")
class SchedulerHealthIndicator extends AbstractHealthIndicator {

	private final Scheduler scheduler;

	SchedulerHealthIndicator(Scheduler scheduler) {
		super("Scheduler health check failed");
		this.scheduler = scheduler;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		SchedulerMetaData metaData = this.scheduler.getMetaData();
		builder.withDetail("name", metaData.getSchedulerName())
			.withDetail("instanceId", metaData.getSchedulerInstanceId())
			.withDetail("clustered", metaData.isJobStoreClustered());
		if (this.scheduler.isShutdown() || !this.scheduler.isStarted()) {
			builder.down().withDetail("state", "not started");
		}
		else if (this.scheduler.isInStandbyMode()) {
			builder.down().withDetail("state", "standby");
		}
		else {
			builder.up().withDetail("state", "running");
		}
	}

}

package org.unionstats.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.unionstats.UserFacingException;

/**
 * Makes the Quartz job store hold exactly the enabled jobs of the {@code jobs/} folder
 * when {@code serve} starts, before the scheduler fires anything.
 */
@Component
@Profile("serve")
class QuartzScheduleSynchronizer implements SmartInitializingSingleton {

	static final String JOB_NAME = "jobName";

	static final String PARAMETERS = "parameters";

	private static final Logger logger = LoggerFactory.getLogger(QuartzScheduleSynchronizer.class);

	private final Scheduler scheduler;

	private final List<Job> jobs;

	private final SchedulingProperties properties;

	private final DataSource dataSource;

	QuartzScheduleSynchronizer(Scheduler scheduler, List<Job> jobs, SchedulingProperties properties,
			DataSource dataSource) {
		this.scheduler = scheduler;
		this.jobs = jobs;
		this.properties = properties;
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> jobNames = this.jobs.stream().map(Job::getName).collect(Collectors.toSet());
		JobCatalogue catalogue = new JobCatalogueReader().read(this.properties.jobsDir(), jobNames);
		try (Connection lock = this.dataSource.getConnection()) {
			// Nodes starting together would both find a job missing and both insert it
			// (Quartz's lock rows do not serialise calls made outside a transaction):
			// one node of the cluster at a time writes the schedule.
			String key = "unionstats.schedule." + this.scheduler.getSchedulerName();
			call(lock, "SELECT pg_advisory_lock(hashtextextended(?, 0))", key);
			try {
				synchronize(catalogue);
			}
			finally {
				// A pooled connection outlives close(): release the session lock.
				call(lock, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", key);
			}
		}
		catch (SchedulerException | SQLException ex) {
			throw new UserFacingException("cannot store the schedule in the database: " + ex.getMessage());
		}
	}

	private static void call(Connection connection, String sql, String key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, key);
			statement.execute();
		}
	}

	private void synchronize(JobCatalogue catalogue) throws SchedulerException {
		Set<JobKey> wanted = catalogue.enabled().stream().map(this::jobKey).collect(Collectors.toSet());
		for (JobKey stored : this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals(this.properties.group()))) {
			if (!wanted.contains(stored)) {
				this.scheduler.deleteJob(stored);
				logger.info("Removed scheduled job '{}': no longer enabled in {}", stored.getName(),
						this.properties.jobsDir());
			}
		}
		for (JobDefinition definition : catalogue.enabled()) {
			schedule(definition);
		}
	}

	private void schedule(JobDefinition definition) throws SchedulerException {
		JobDetail jobDetail = jobDetail(definition);
		CronTrigger trigger = trigger(definition);
		if (isUnchanged(jobDetail, trigger)) {
			// Replacing an unchanged trigger would recompute its next fire time from now
			// and so forget a run missed while every node was down (the misfire).
			logger.info("Scheduled job '{}' unchanged: {}", definition.id(), definition.cron());
			return;
		}
		try {
			this.scheduler.scheduleJob(jobDetail, Set.of(trigger), true);
		}
		catch (SchedulerException ex) {
			throw new UserFacingException(definition.source() + ": field 'cron': cannot schedule '" + definition.cron()
					+ "': " + ex.getMessage());
		}
		logger.info("Scheduled job '{}' ({}): {}", definition.id(), definition.jobName(), definition.cron());
	}

	private boolean isUnchanged(JobDetail jobDetail, CronTrigger trigger) throws SchedulerException {
		JobDetail stored = this.scheduler.getJobDetail(jobDetail.getKey());
		if (stored == null || !(this.scheduler.getTrigger(trigger.getKey()) instanceof CronTrigger storedTrigger)) {
			return false;
		}
		List<? extends Trigger> triggers = this.scheduler.getTriggersOfJob(jobDetail.getKey());
		return triggers.size() == 1 && stored.getJobClass().equals(jobDetail.getJobClass())
				&& Objects.equals(stored.getDescription(), jobDetail.getDescription())
				&& new HashMap<>(stored.getJobDataMap().getWrappedMap())
					.equals(new HashMap<>(jobDetail.getJobDataMap().getWrappedMap()))
				&& storedTrigger.getCronExpression().equals(trigger.getCronExpression())
				&& storedTrigger.getTimeZone().equals(trigger.getTimeZone())
				&& storedTrigger.getMisfireInstruction() == trigger.getMisfireInstruction();
	}

	private JobDetail jobDetail(JobDefinition definition) {
		JobDataMap data = new JobDataMap();
		data.put(JOB_NAME, definition.jobName());
		data.put(PARAMETERS, new HashMap<>(definition.parameters()));
		return JobBuilder.newJob(BatchJobQuartzJob.class)
			.withIdentity(jobKey(definition))
			.withDescription(definition.description())
			.usingJobData(data)
			.build();
	}

	private CronTrigger trigger(JobDefinition definition) {
		// Fire and proceed: after downtime over one or more fire times, run once now,
		// then
		// keep to the schedule; never once per missed time.
		return TriggerBuilder.newTrigger()
			.withIdentity(new TriggerKey(definition.id(), this.properties.group()))
			.withDescription(definition.description())
			.forJob(jobKey(definition))
			.withSchedule(
					CronScheduleBuilder.cronSchedule(definition.cron()).withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private JobKey jobKey(JobDefinition definition) {
		return new JobKey(definition.id(), this.properties.group());
	}

	static Map<String, String> parameters(JobDataMap data) {
		@SuppressWarnings("unchecked")
		Map<String, String> parameters = (Map<String, String>) data.get(PARAMETERS);
		return (parameters != null) ? parameters : Map.of();
	}

}

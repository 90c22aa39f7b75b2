package org.unionstats.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job behind every catalogue entry: starts its Spring Batch job for the
 * trigger's scheduled fire time.
 */
@DisallowConcurrentExecution
class BatchJobQuartzJob extends QuartzJobBean {

	private final ScheduledJobLauncher launcher;

	BatchJobQuartzJob(ScheduledJobLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		String jobName = context.getMergedJobDataMap().getString(QuartzScheduleSynchronizer.JOB_NAME);
		this.launcher.launch(context.getJobDetail().getKey().getName(), jobName,
				QuartzScheduleSynchronizer.parameters(context.getMergedJobDataMap()),
				context.getScheduledFireTime().toInstant());
	}

}

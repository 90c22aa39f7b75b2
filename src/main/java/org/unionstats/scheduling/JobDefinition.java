package org.unionstats.scheduling;

import java.nio.file.Path;
import java.util.Map;

/**
 * One scheduled job as written in a file of the {@code jobs/} folder.
 *
 * @param id the schedule's identity, the file name without its extension
 * @param jobName the Spring Batch job to start
 * @param cron when to start it, in Quartz cron syntax
 * @param parameters string job parameters passed on every run
 * @param description one line telling operators what the job does
 * @param enabled whether the job is scheduled at all
 * @param source the file it was read from
 */
record JobDefinition(String id, String jobName, String cron, Map<String, String> parameters, String description,
		boolean enabled, Path source) {

	public JobDefinition {
		parameters = Map.copyOf(parameters);
	}

}

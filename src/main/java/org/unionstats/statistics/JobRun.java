package org.unionstats.statistics;

import java.time.LocalDateTime;

/**
 * One run of a batch job, as recorded by Spring Batch.
 *
 * @param jobName the job
 * @param period its {@code period} parameter, if any
 * @param startedAt when it started, or null if it never did
 * @param endedAt when it ended, or null while running
 * @param status its batch status
 */
public record JobRun(String jobName, String period, LocalDateTime startedAt, LocalDateTime endedAt, String status) {

}

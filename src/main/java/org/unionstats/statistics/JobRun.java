package org.unionstats.statistics;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One run of a batch job, as recorded by Spring Batch.
 *
 * @param jobName the job
 * @param period its {@code period} parameter, if any
 * @param startedAt when it started, or null if it never did
 * @param endedAt when it ended, or null while running
 * @param status its batch status
 * @param exitMessage Spring Batch's exit description (for a failed run, the exception
 * with its stack trace), or null
 */
public record JobRun(String jobName, String period, LocalDateTime startedAt, LocalDateTime endedAt, String status,
		@Nullable String exitMessage) {

	/** Longer reasons are cut: {@code status} shows one line a run. */
	private static final int MAX_REASON = 200;

	/**
	 * Why a run did not complete, in one line: the innermost cause of the exit message,
	 * without package names; empty for a completed run or one without a message.
	 */
	public String reason() {
		if ("COMPLETED".equals(this.status) || this.exitMessage == null || this.exitMessage.isBlank()) {
			return "";
		}
		List<String> lines = this.exitMessage.lines().map(String::strip).toList();
		String cause = lines.stream()
			.filter((line) -> line.startsWith("Caused by: "))
			.reduce((first, second) -> second)
			.map((line) -> line.substring("Caused by: ".length()))
			.orElse(lines.get(0));
		String reason = cause.replaceFirst("^([a-z][\\w$]*\\.)+", "");
		return (reason.length() > MAX_REASON) ? reason.substring(0, MAX_REASON) + "..." : reason;
	}

}

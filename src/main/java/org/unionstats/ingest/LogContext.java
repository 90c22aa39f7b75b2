package org.unionstats.ingest;

import org.slf4j.MDC;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Puts the job and the step into the logging context of the thread that runs the step, so
 * that a structured log ({@code serve} with {@code logging.structured.format.console})
 * can be filtered by them; the per-file writers add the submission of each item, and the
 * publisher the federation.
 */
final class LogContext implements StepExecutionListener {

	static final String JOB = "job";

	static final String STEP = "step";

	static final String SUBMISSION = "submission";

	static final String FEDERATION = "federation";

	@Override
	public void beforeStep(StepExecution stepExecution) {
		MDC.put(JOB, stepExecution.getJobExecution().getJobInstance().getJobName());
		MDC.put(STEP, stepExecution.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		MDC.remove(JOB);
		MDC.remove(STEP);
		MDC.remove(SUBMISSION);
		return null;
	}

	/** Runs one submission's work with the submission in the logging context. */
	static void forSubmission(long submissionId, Runnable work) {
		MDC.put(SUBMISSION, Long.toString(submissionId));
		try {
			work.run();
		}
		finally {
			MDC.remove(SUBMISSION);
		}
	}

}

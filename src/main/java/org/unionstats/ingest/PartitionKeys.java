package org.unionstats.ingest;

/**
 * The keys a partitioner puts in each worker step's execution context, and the
 * expressions with which step-scoped beans read them back.
 */
final class PartitionKeys {

	/**
	 * The submissions a {@code stageSubmission} worker stages, as comma-separated ids.
	 */
	static final String SUBMISSION_IDS = "submissionIds";

	/** The bucket of folders a deciding or publishing worker takes... */
	static final String BUCKET = "bucket";

	/** ...out of this many. */
	static final String BUCKETS = "buckets";

	static final String SUBMISSION_IDS_VALUE = "#{stepExecutionContext['" + SUBMISSION_IDS + "']}";

	static final String BUCKET_VALUE = "#{stepExecutionContext['" + BUCKET + "']}";

	static final String BUCKETS_VALUE = "#{stepExecutionContext['" + BUCKETS + "']}";

	private PartitionKeys() {
	}

}

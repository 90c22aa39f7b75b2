package org.unionstats.ingest;

/**
 * The keys a partitioner puts in each worker step's execution context, and the
 * expressions with which step-scoped beans read them back.
 */
final class PartitionKeys {

	/** The one submission a {@code stageSubmission} worker stages. */
	static final String SUBMISSION_ID = "submissionId";

	/** The bucket of folders a deciding or publishing worker takes... */
	static final String BUCKET = "bucket";

	/** ...out of this many. */
	static final String BUCKETS = "buckets";

	static final String SUBMISSION_ID_VALUE = "#{stepExecutionContext['" + SUBMISSION_ID + "']}";

	static final String BUCKET_VALUE = "#{stepExecutionContext['" + BUCKET + "']}";

	static final String BUCKETS_VALUE = "#{stepExecutionContext['" + BUCKETS + "']}";

	private PartitionKeys() {
	}

}

package org.unionstats.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;

import org.unionstats.submission.SubmissionLedger;

/**
 * Reads the ids of this job execution's submissions in one state, from the folders of one
 * bucket (see {@link FolderBucketPartitioner}). The list is queried afresh on each
 * (re)start, since the state itself records what is done.
 */
class SubmissionIdReader implements ItemReader<Long> {

	private final Supplier<List<Long>> query;

	private @Nullable Iterator<Long> ids;

	SubmissionIdReader(Supplier<List<Long>> query) {
		this.query = query;
	}

	static SubmissionIdReader staged(SubmissionLedger ledger, long jobExecutionId, int bucket, int buckets) {
		return new SubmissionIdReader(() -> ledger.stagedIn(jobExecutionId, bucket, buckets));
	}

	static SubmissionIdReader decided(SubmissionLedger ledger, long jobExecutionId, int bucket, int buckets) {
		return new SubmissionIdReader(() -> ledger.decidedUnpublishedIn(jobExecutionId, bucket, buckets));
	}

	@Override
	public synchronized @Nullable Long read() {
		if (this.ids == null) {
			this.ids = this.query.get().iterator();
		}
		return this.ids.hasNext() ? this.ids.next() : null;
	}

}

package org.unionstats.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * As many partitions as workers, each taking the submissions of some of the federations'
 * folders: a federation's files are decided in the order received, by one worker, while
 * the other folders go on in parallel.
 */
class FolderBucketPartitioner implements Partitioner {

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int bucket = 0; bucket < gridSize; bucket++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(PartitionKeys.BUCKET, bucket);
			context.putInt(PartitionKeys.BUCKETS, gridSize);
			partitions.put("bucket-" + bucket, context);
		}
		return partitions;
	}

}

package org.unionstats.ingest;

import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.SubmissionItem;

/**
 * An item read from one of a staging group's files.
 *
 * @param submissionId the file's submission
 * @param item the item
 */
record StagedItem(long submissionId, SubmissionItem item) {

	/** Whether this is the file's last item: once written, the file is staged. */
	boolean last() {
		return this.item instanceof ClosingItem;
	}

}

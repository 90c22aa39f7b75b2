package org.unionstats.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.unionstats.support.DatabaseFailure;
import org.unionstats.intake.FailureReason;
import org.unionstats.submission.ClaimedCopy;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.validation.ValidatingReader;

/**
 * Reads one claimed submission's private copy as validated items, parsing ahead on a
 * thread of its own while the previous chunk is written; restartable by count (a restart
 * re-reads and skips what was already written).
 */
class SubmissionItemReader extends AbstractItemCountingItemStreamItemReader<SubmissionItem> {

	private static final Logger logger = LoggerFactory.getLogger(SubmissionItemReader.class);

	/** About a chunk: parsing runs that far ahead of the writes. */
	private static final int READ_AHEAD = 2000;

	private final long submissionId;

	private final SubmissionLedger ledger;

	private final SubmissionValidator validator;

	private final SubmissionValidationContexts contexts;

	private final IssueMessages messages;

	private ValidatingReader reader;

	private ReadAhead<SubmissionItem> readAhead;

	/** Reading the file failed: what is left to read is its FILE_UNREADABLE issue. */
	private boolean failed;

	/** That issue has been read. */
	private boolean reported;

	SubmissionItemReader(long submissionId, SubmissionLedger ledger, SubmissionValidator validator,
			SubmissionValidationContexts contexts, IssueMessages messages) {
		this.submissionId = submissionId;
		this.ledger = ledger;
		this.validator = validator;
		this.contexts = contexts;
		this.messages = messages;
		setName("submissionItemReader");
	}

	@Override
	protected void doOpen() {
		ClaimedCopy claimed = this.ledger.claimedCopy(this.submissionId);
		try {
			this.reader = this.validator.open(claimed.workCopy(), this.contexts.forFolder(claimed.folderCode()));
		}
		catch (Throwable ex) {
			unreadable(ex);
			return;
		}
		this.readAhead = new ReadAhead<>("ingest-read-" + this.submissionId, READ_AHEAD, this.reader::next);
	}

	@Override
	protected SubmissionItem doRead() {
		if (!this.failed) {
			try {
				return this.readAhead.next();
			}
			catch (Throwable ex) {
				unreadable(ex);
			}
		}
		if (this.reported) {
			return null;
		}
		this.reported = true;
		return new ClosingItem(List.of(this.messages.fileIssue(IssueCode.FILE_UNREADABLE)));
	}

	/**
	 * Whatever reading a file throws (a reader bug, memory exhausted by one part) is that
	 * file's: it is rejected as unreadable and kept for analysis, and the pass goes on. A
	 * database failure met while validating is not.
	 */
	private void unreadable(Throwable ex) {
		if (DatabaseFailure.in(ex)) {
			// Not the file's fault: the partition fails, the file is recorded as failed
			// and read again by a later pass.
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		logger.error("Unexpected failure reading submission {}: {}", this.submissionId, FailureReason.of(ex));
		this.failed = true;
	}

	@Override
	protected void doClose() {
		if (this.readAhead != null) {
			this.readAhead.close();
			this.readAhead = null;
		}
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}

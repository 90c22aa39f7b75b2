package org.unionstats.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import org.unionstats.intake.FailureReason;
import org.unionstats.submission.ClaimedCopy;
import org.unionstats.submission.SubmissionLedger;
import org.unionstats.support.DatabaseFailure;
import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.validation.ValidatingReader;

/**
 * Reads a staging group's files one after the other as validated items, parsing ahead on
 * a thread of its own while the previous chunk is written. Whatever reading a file throws
 * is that file's: it ends with a FILE_UNREADABLE issue and the next file is read. A
 * database failure met while validating fails the partition instead, with the file in
 * hand named to the {@link StagingGroup}.
 * <p>
 * It keeps no state of its own: the files it reads are those of the group still claimed
 * and not staged, since a file is marked staged in the chunk that writes its last item.
 */
class StagingGroupReader implements ItemStreamReader<StagedItem> {

	private static final Logger logger = LoggerFactory.getLogger(StagingGroupReader.class);

	/** About a chunk: parsing runs that far ahead of the writes. */
	private static final int READ_AHEAD = 2000;

	private final StagingGroup group;

	private final SubmissionLedger ledger;

	private final SubmissionValidator validator;

	private final SubmissionValidationContexts contexts;

	private final IssueMessages messages;

	private @Nullable ReadAhead<StagedItem> readAhead;

	private @Nullable GroupSource source;

	StagingGroupReader(StagingGroup group, SubmissionLedger ledger, SubmissionValidator validator,
			SubmissionValidationContexts contexts, IssueMessages messages) {
		this.group = group;
		this.ledger = ledger;
		this.validator = validator;
		this.contexts = contexts;
		this.messages = messages;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		List<ClaimedCopy> copies = this.ledger.claimedCopies(this.group.submissionIds());
		this.source = new GroupSource(copies.iterator());
		this.readAhead = new ReadAhead<>("ingest-read-" + this.group.submissionIds().get(0), READ_AHEAD, this.source);
	}

	@Override
	public @Nullable StagedItem read() {
		try {
			return this.readAhead.next();
		}
		catch (FailedRead ex) {
			this.group.inHand(ex.submissionId);
			throw ex.database;
		}
	}

	@Override
	public void close() {
		if (this.readAhead != null) {
			this.readAhead.close();
			this.readAhead = null;
		}
		if (this.source != null) {
			this.source.closeFile();
			this.source = null;
		}
	}

	/** The group's items, file after file; used by the read-ahead thread alone. */
	private final class GroupSource implements Supplier<StagedItem> {

		private final Iterator<ClaimedCopy> copies;

		private @Nullable ClaimedCopy copy;

		private @Nullable ValidatingReader reader;

		GroupSource(Iterator<ClaimedCopy> copies) {
			this.copies = copies;
		}

		@Override
		public @Nullable StagedItem get() {
			while (true) {
				if (this.copy == null) {
					if (!this.copies.hasNext()) {
						return null;
					}
					this.copy = this.copies.next();
				}
				long submissionId = this.copy.submissionId();
				try {
					if (this.reader == null) {
						this.reader = StagingGroupReader.this.validator.open(this.copy.workCopy(),
								StagingGroupReader.this.contexts.forFolder(this.copy.folderCode()));
					}
					SubmissionItem item = this.reader.next();
					if (item != null) {
						return new StagedItem(submissionId, item);
					}
					closeFile();
				}
				catch (Throwable ex) {
					closeFile();
					return unreadable(submissionId, ex);
				}
			}
		}

		/**
		 * Whatever reading a file throws (a reader bug, memory exhausted by one part) is
		 * that file's: it is rejected as unreadable and kept for analysis. A database
		 * failure is not the file's fault.
		 */
		private StagedItem unreadable(long submissionId, Throwable ex) {
			if (DatabaseFailure.in(ex)) {
				throw new FailedRead(submissionId,
						(ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex));
			}
			logger.error("Unexpected failure reading submission {}: {}", submissionId, FailureReason.of(ex));
			return new StagedItem(submissionId,
					new ClosingItem(List.of(StagingGroupReader.this.messages.fileIssue(IssueCode.FILE_UNREADABLE))));
		}

		private void closeFile() {
			this.copy = null;
			if (this.reader != null) {
				ValidatingReader open = this.reader;
				this.reader = null;
				open.close();
			}
		}

	}

	/** A database failure met while reading one of the group's files. */
	private static final class FailedRead extends RuntimeException {

		private final long submissionId;

		private final RuntimeException database;

		FailedRead(long submissionId, RuntimeException database) {
			super(database.getMessage(), database, false, false);
			this.submissionId = submissionId;
			this.database = database;
		}

	}

}

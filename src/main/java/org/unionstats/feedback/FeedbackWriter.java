package org.unionstats.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.unionstats.UnionStatsProperties;
import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.support.AtomicFiles;
import org.unionstats.validation.IssueCode;

/**
 * Writes the feedback of one processed file: the annotated workbook (or the issue list
 * alone) and the JSON, each replacing its target atomically.
 * <p>
 * A file without any issue gets a short summary (the verdict and what was taken in) and
 * no copy: there is nothing to mark. An {@code .xlsx} is annotated as a stream
 * ({@link StreamedXlsxAnnotator}), whatever its rows. A copy made in memory (an
 * {@code .xls}, or an {@code .xlsx} the stream cannot take) is made only for at most
 * {@code unionstats.annotate-max-rows} data rows and at most {@link #ANNOTATE_MAX_BYTES}
 * bytes (10 MiB: an {@code .xlsx} that size can expand to over a gigabyte of POI
 * objects). Either way at most {@link #ANNOTATE_MAX_ISSUES} issues are marked (the marks
 * are held in memory). Otherwise, and whenever the original cannot be opened, the
 * workbook holds the issue list alone, with the reason under the verdict.
 * <p>
 * Files are published in parallel, but a copy in memory of more than
 * {@link #ANNOTATE_ALONE_ROWS} rows is annotated alone (about 8 KiB of heap a row), so
 * that two big ones never share the heap.
 */
public final class FeedbackWriter {

	/** The largest original annotated in memory; bigger ones get the issue list alone. */
	public static final long ANNOTATE_MAX_BYTES = 10L * 1024 * 1024;

	/** The most issues marked on a copy; more get the issue list alone. */
	public static final int ANNOTATE_MAX_ISSUES = 20_000;

	/** The most data rows of a copy in memory made while others are made. */
	public static final long ANNOTATE_ALONE_ROWS = 1_000;

	/** The name of the issue-list sheet, always the first sheet of the feedback. */
	public static final String RESULT_SHEET = IssueListSheetWriter.SHEET_NAME;

	private static final Logger logger = LoggerFactory.getLogger(FeedbackWriter.class);

	/** Issues that say the file is no workbook POI should open. */
	private static final Set<IssueCode> UNREADABLE = EnumSet.of(IssueCode.FILE_FORMAT, IssueCode.FILE_UNREADABLE,
			IssueCode.FILE_ENCRYPTED, IssueCode.FILE_TOO_LARGE);

	/**
	 * Issues of a cell whose text the reader refused to hold: POI's usermodel, which the
	 * annotated copy needs, would hold it whole.
	 */
	private static final Set<IssueCode> TEXT_TOO_LONG = EnumSet.of(IssueCode.VALUE_TOO_LONG);

	private final long annotateMaxRows;

	private final long annotateMaxBytes;

	private final FeedbackMessages messages;

	private final AnnotatedCopyWriter annotatedCopy;

	private final StreamedXlsxAnnotator streamedCopy;

	private final IssueListWorkbookWriter issueListWorkbook;

	private final FeedbackJsonWriter json = new FeedbackJsonWriter();

	private final ReadWriteLock annotating = new ReentrantReadWriteLock(true);

	public FeedbackWriter(UnionStatsProperties settings) {
		this(settings, ANNOTATE_MAX_BYTES, Clock.systemUTC());
	}

	FeedbackWriter(UnionStatsProperties settings, long annotateMaxBytes) {
		this(settings, annotateMaxBytes, Clock.systemUTC());
	}

	/**
	 * A writer for {@code unionstats.share-path} and {@code unionstats.time-zone} of the
	 * settings, telling the time of checking from the clock.
	 */
	FeedbackWriter(UnionStatsProperties settings, long annotateMaxBytes, Clock clock) {
		this.annotateMaxRows = settings.annotateMaxRows();
		this.annotateMaxBytes = annotateMaxBytes;
		this.messages = FeedbackMessages.load();
		IssueListSheetWriter issueList = new IssueListSheetWriter(this.messages, SharePaths.of(settings),
				LocalTimes.of(settings), clock);
		this.annotatedCopy = new AnnotatedCopyWriter(issueList);
		this.streamedCopy = new StreamedXlsxAnnotator(issueList);
		this.issueListWorkbook = new IssueListWorkbookWriter(issueList);
	}

	/**
	 * Writes both files, replacing the targets. A bad original never throws: it gets the
	 * issue list alone. Only a failure to write the targets throws.
	 * @param workbookTarget where the workbook goes, named with
	 * {@link #workbookExtension(Path)}
	 * @param scratchFolder where temporary files are kept, on the targets' file system
	 * but not beside them, so that a crash leaves none where readers look
	 * @throws UncheckedIOException when a target cannot be written
	 */
	public FeedbackFiles write(FeedbackRequest request, Path workbookTarget, Path jsonTarget, Path scratchFolder) {
		try {
			writeWorkbook(request, workbookTarget, scratchFolder);
			this.json.write(request, jsonTarget, scratchFolder);
			return new FeedbackFiles(workbookTarget, jsonTarget);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write feedback to " + workbookTarget.getParent(), ex);
		}
	}

	/**
	 * The extension of the feedback workbook for an original, {@code xlsx} or
	 * {@code xls}.
	 */
	public String workbookExtension(Path original) {
		return workbookFormat(original).extension();
	}

	/** The format of the feedback workbook for an original, judged by its content. */
	public FeedbackFormat workbookFormat(Path original) {
		return FeedbackFormat.of(original);
	}

	private void writeWorkbook(FeedbackRequest request, Path target, Path scratchFolder) throws IOException {
		FeedbackFormat format = workbookFormat(request.original());
		FeedbackNote note = null;
		if (annotatable(request)) {
			note = listOnlyReason(request);
			if (note == null && format == FeedbackFormat.XLSX) {
				Streamed streamed = writeStreamed(request, target, scratchFolder);
				if (streamed == Streamed.WRITTEN) {
					return;
				}
				note = (streamed == Streamed.FAILED) ? note("note.notAnnotatable") : null;
			}
			if (note == null) {
				note = inMemoryReason(request);
			}
			if (note == null) {
				note = writeInMemory(request, format, target, scratchFolder);
				if (note == null) {
					return;
				}
			}
		}
		FeedbackNote reason = note;
		AtomicFiles.write(target, scratchFolder, (out) -> this.issueListWorkbook.write(request, format, reason, out));
	}

	/** Annotates an {@code .xlsx} as a stream, unless it is one to annotate in memory. */
	private Streamed writeStreamed(FeedbackRequest request, Path target, Path scratchFolder) {
		// A streamed copy holds little: many are made at once, but none while a big
		// copy is made in memory
		Lock turn = this.annotating.readLock();
		turn.lock();
		try (StreamedXlsxAnnotator.Prepared prepared = this.streamedCopy.prepare(request)) {
			if (prepared == null) {
				return Streamed.IN_MEMORY;
			}
			AtomicFiles.write(target, scratchFolder, (out) -> this.streamedCopy.write(prepared, request, out));
			return Streamed.WRITTEN;
		}
		catch (Exception | OutOfMemoryError ex) {
			logger.warn("Could not annotate a workbook of federation " + request.federationCode()
					+ " as a stream, writing the issue list only: " + ex.getClass().getSimpleName());
			return Streamed.FAILED;
		}
		finally {
			turn.unlock();
		}
	}

	/** Annotates a copy held in memory; the reason for the list alone if that fails. */
	private @Nullable FeedbackNote writeInMemory(FeedbackRequest request, FeedbackFormat format, Path target,
			Path scratchFolder) {
		Lock turn = (request.dataRows() > ANNOTATE_ALONE_ROWS) ? this.annotating.writeLock()
				: this.annotating.readLock();
		turn.lock();
		try {
			AtomicFiles.write(target, scratchFolder,
					(out) -> this.annotatedCopy.write(request, format, scratchFolder, out));
			return null;
		}
		catch (Exception | OutOfMemoryError ex) {
			// A workbook of few rows can still be huge in memory (thousands of
			// columns, styles): the copy is dropped, and its memory with it,
			// rather than failing the publication on every pass. The file name
			// and cell values may be personal: log the kind of failure only.
			logger.warn("Could not annotate a workbook of federation " + request.federationCode()
					+ ", writing the issue list only: " + ex.getClass().getSimpleName());
			return note("note.notAnnotatable");
		}
		finally {
			turn.unlock();
		}
	}

	/**
	 * A duplicate, or a file already judged no readable workbook, gets the list alone.
	 */
	private static boolean annotatable(FeedbackRequest request) {
		return request.verdict() != Verdict.DUPLICATE && !request.counts().anyOf(UNREADABLE);
	}

	private @Nullable FeedbackNote listOnlyReason(FeedbackRequest request) throws IOException {
		if (request.issueCount() == 0) {
			// Nothing to mark: a copy of the clerk's own workbook would tell nothing, and
			// costs most of a small file's publication (loading and saving it whole).
			return note("note.noIssues", request.dataRows());
		}
		if (request.counts().anyOf(TEXT_TOO_LONG)) {
			return note("note.textTooLong");
		}
		if (request.issueCount() > ANNOTATE_MAX_ISSUES) {
			return note("note.tooManyIssues", request.issueCount(), ANNOTATE_MAX_ISSUES);
		}
		return null;
	}

	/** Why a workbook is too big to be annotated in memory, or {@code null}. */
	private @Nullable FeedbackNote inMemoryReason(FeedbackRequest request) throws IOException {
		if (request.dataRows() > this.annotateMaxRows) {
			return note("note.tooManyRows", request.dataRows(), this.annotateMaxRows);
		}
		long size = Files.isRegularFile(request.original()) ? Files.size(request.original()) : 0;
		if (size > this.annotateMaxBytes) {
			return note("note.tooManyBytes", megabytes(size), megabytes(this.annotateMaxBytes));
		}
		return null;
	}

	private FeedbackNote note(String key, Object... args) {
		return new FeedbackNote(this.messages.zh(key, args), this.messages.en(key, args));
	}

	/** How an attempt to annotate as a stream ended. */
	private enum Streamed {

		WRITTEN, IN_MEMORY, FAILED

	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}

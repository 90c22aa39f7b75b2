package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Issue;

/**
 * Writes a workbook holding the issue list alone, for files that cannot or need not be
 * annotated.
 */
final class IssueListWorkbookWriter {

	private static final int ROWS_IN_MEMORY = 200;

	private final IssueListSheetWriter issueList;

	IssueListWorkbookWriter(IssueListSheetWriter issueList) {
		this.issueList = issueList;
	}

	void write(FeedbackRequest request, FeedbackFormat format, @Nullable FeedbackNote note, OutputStream out)
			throws IOException {
		if (format == FeedbackFormat.XLS) {
			try (HSSFWorkbook workbook = new HSSFWorkbook()) {
				// Without them, readers of the file log warnings
				workbook.createInformationProperties();
				this.issueList.write(workbook, request, note, IssueListWorkbookWriter::noLink);
				workbook.write(out);
			}
			return;
		}
		// Streaming, for lists of any length; shared strings because WPS renders inline
		// strings badly, kept in a file because a long list has millions of them
		try (TempFileStringsWorkbook workbook = TempFileStringsWorkbook.create(ROWS_IN_MEMORY)) {
			this.issueList.write(workbook, request, note, IssueListWorkbookWriter::noLink);
			// The package around the rows is a few kilobytes: kept in memory rather than
			// written to a temporary file and opened again
			workbook.writeAvoidingTempFiles(out);
		}
	}

	/** The flagged cells are not in this workbook: references are shown as text. */
	private static @Nullable String noLink(Issue issue) {
		return null;
	}

}

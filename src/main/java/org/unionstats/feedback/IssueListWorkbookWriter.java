package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a workbook holding the issue list alone, for files that cannot or need not be
 * annotated.
 */
final class IssueListWorkbookWriter {

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
				this.issueList.alone(workbook, request, note);
				workbook.write(out);
			}
			return;
		}
		// Written straight as a package: POI would cost most of a small file's
		// publication
		try (XlsxIssueListWorkbook workbook = new XlsxIssueListWorkbook(out)) {
			this.issueList.alone(workbook, request, note);
			workbook.finish();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}

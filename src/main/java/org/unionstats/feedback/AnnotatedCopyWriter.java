package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import org.unionstats.support.AtomicFiles;
import org.unionstats.validation.Issue;

/**
 * Writes the annotated copy of a federation's own workbook: its cells marked and the
 * issue list added as the first sheet, in the original's format.
 * <p>
 * The whole workbook and its issues are held in memory, so the caller only comes here for
 * workbooks and issue counts within the annotation limits.
 */
final class AnnotatedCopyWriter {

	private final IssueListSheetWriter issueList;

	AnnotatedCopyWriter(IssueListSheetWriter issueList) {
		this.issueList = issueList;
	}

	/**
	 * Annotates and writes; any exception means the original could not be annotated and
	 * nothing usable went to {@code out}.
	 * @param scratchFolder where the private copy of an {@code .xlsx} may be kept
	 */
	void write(FeedbackRequest request, FeedbackFormat format, Path scratchFolder, OutputStream out)
			throws IOException {
		if (format == FeedbackFormat.XLS) {
			writeXls(request, out);
		}
		else {
			writeXlsx(request, scratchFolder, out);
		}
	}

	private void writeXls(FeedbackRequest request, OutputStream out) throws IOException {
		// Read only: HSSF copies the records into memory and writes a new file
		try (POIFSFileSystem fs = new POIFSFileSystem(request.original().toFile(), true);
				HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
			CrossSheetFormulas formulas = CrossSheetFormulas.capture(workbook);
			annotate(workbook, request);
			formulas.restore();
			workbook.write(out);
		}
	}

	private void writeXlsx(FeedbackRequest request, Path scratchFolder, OutputStream out) throws IOException {
		// A package opened from a file is read-write and would save into that file, so
		// POI gets a private copy and the original is never touched
		Path copy = AtomicFiles.scratchFile(scratchFolder);
		try {
			Files.copy(request.original(), copy, StandardCopyOption.REPLACE_EXISTING);
			OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
			try {
				XSSFWorkbook workbook = new XSSFWorkbook(pkg);
				// The copy is named .xlsx: a macro or template content type would not
				// open
				workbook.setWorkbookType(XSSFWorkbookType.XLSX);
				annotate(workbook, request);
				workbook.write(out);
			}
			finally {
				pkg.revert();
			}
		}
		catch (InvalidFormatException ex) {
			throw new IOException("Not an OOXML package", ex);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private void annotate(Workbook workbook, FeedbackRequest request) {
		List<Issue> issues;
		try (Stream<Issue> stream = request.issues().inReportingOrder()) {
			issues = stream.toList();
		}
		CellAnnotator annotator = new CellAnnotator(workbook);
		annotator.annotate(issues);
		this.issueList.inCopy(workbook, request, annotator::location);
	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;

import org.unionstats.support.KeepOpenOutputStream;
import org.unionstats.feedback.CellMark.Flag;
import org.unionstats.feedback.XlsxLayout.Notes;
import org.unionstats.feedback.XlsxLayout.Sheet;
import org.unionstats.validation.Issue;
import org.unionstats.workbook.StreamingXml;

/**
 * Writes the annotated copy of an {@code .xlsx} workbook without loading it: the package
 * is copied part by part, unchanged parts still compressed, the sheets as XML streams
 * with their flagged cells restyled, and the comments, their shapes, the flagged styles
 * and the issue list added. Memory does not grow with the workbook's rows.
 * <p>
 * The issue list sheet and the styles are made by POI in a small workbook that starts
 * from the original's styles and numbers its strings after the original's, so both move
 * into the copy as they are and look as in a copy POI annotates in memory.
 * <p>
 * A sheet's own comments are kept, ours joining them. A workbook this cannot copy
 * faithfully is left to {@link AnnotatedCopyWriter}: one that already has an issue-list
 * sheet or comments of ours (an earlier feedback dropped again, whose marks must go), or
 * a flagged sheet whose comments are in several parts.
 */
final class StreamedXlsxAnnotator {

	private static final int ROWS_IN_MEMORY = 200;

	private static final SpreadsheetVersion VERSION = SpreadsheetVersion.EXCEL2007;

	private static final String WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private final IssueListSheetWriter issueList;

	StreamedXlsxAnnotator(IssueListSheetWriter issueList) {
		this.issueList = issueList;
	}

	/**
	 * Reads what the copy needs and the issues, or returns {@code null} when the workbook
	 * is to be annotated in memory.
	 * @throws IOException when the original is no readable package
	 */
	@Nullable Prepared prepare(FeedbackRequest request) throws IOException {
		XlsxPackage pkg = XlsxPackage.open(request.original());
		try {
			XlsxLayout layout = XlsxLayout.read(pkg);
			if (layout.sheet(IssueListSheetWriter.SHEET_NAME) != null) {
				pkg.close();
				return null;
			}
			Prepared prepared = new Prepared(pkg, layout);
			try (Stream<Issue> issues = request.issues().inReportingOrder()) {
				int[] order = { 0 };
				issues.forEachOrdered((issue) -> prepared.add(new Flag(order[0]++, issue)));
			}
			for (Sheet sheet : layout.sheets()) {
				if (sheet.notes() != null && !streamable(pkg, sheet.notes(), prepared.marks.containsKey(sheet))) {
					pkg.close();
					return null;
				}
			}
			return prepared;
		}
		catch (IOException | RuntimeException ex) {
			pkg.close();
			throw ex;
		}
	}

	/**
	 * Whether a sheet with comments can be copied as a stream: it holds none of an
	 * earlier feedback (which would have to go, shapes and all), and when flagged, its
	 * comments are in one part with one drawing, which ours can join.
	 */
	private static boolean streamable(XlsxPackage pkg, Notes notes, boolean flagged) throws IOException {
		if (flagged && !notes.mergeable()) {
			return false;
		}
		if (notes.comments() == null) {
			return true;
		}
		try (InputStream in = pkg.open(notes.comments())) {
			return !ExistingComments.hasAuthor(in, CellAnnotator.AUTHOR);
		}
		catch (XMLStreamException ex) {
			throw new IOException("Malformed comments", ex);
		}
	}

	/** Writes the copy; any exception means nothing usable went to {@code out}. */
	void write(Prepared prepared, FeedbackRequest request, OutputStream out) throws IOException {
		try {
			new Copy(prepared, request).write(out);
		}
		catch (XMLStreamException ex) {
			throw new IOException("Malformed XML in the workbook", ex);
		}
	}

	/** An original read and its marks planned, holding the package open. */
	static final class Prepared implements AutoCloseable {

		private final XlsxPackage pkg;

		private final XlsxLayout layout;

		private final Map<Sheet, SheetMarks> marks = new LinkedHashMap<>();

		private Prepared(XlsxPackage pkg, XlsxLayout layout) {
			this.pkg = pkg;
			this.layout = layout;
		}

		private void add(Flag flag) {
			Issue issue = flag.issue();
			Sheet sheet = sheet(issue);
			if (sheet == null) {
				return;
			}
			if (issue.cellRef() != null) {
				CellReference cell = parse(issue.cellRef());
				if (cell != null) {
					this.marks.computeIfAbsent(sheet, (key) -> new SheetMarks())
						.addCell(cell.getRow(), cell.getCol(), flag);
				}
			}
			else if (issue.row() != null && issue.row() >= 1 && issue.row() - 1 <= VERSION.getLastRowIndex()) {
				this.marks.computeIfAbsent(sheet, (key) -> new SheetMarks()).addRow(issue.row() - 1, flag);
			}
		}

		/**
		 * Where an issue is marked in the copy, as a link target, or {@code null}; known
		 * for an issue with a row only once its sheet is copied.
		 */
		@Nullable String location(Issue issue) {
			Sheet sheet = sheet(issue);
			SheetMarks marks = (sheet != null) ? this.marks.get(sheet) : null;
			if (marks == null) {
				return null;
			}
			String address = null;
			if (issue.cellRef() != null) {
				CellReference cell = parse(issue.cellRef());
				address = (cell != null) ? cell.formatAsString(false) : null;
			}
			else if (issue.row() != null) {
				Integer column = marks.rowColumn(issue.row() - 1);
				address = (column != null) ? new CellReference(issue.row() - 1, column).formatAsString(false) : null;
			}
			return (address != null) ? "'" + sheet.name().replace("'", "''") + "'!" + address : null;
		}

		private @Nullable Sheet sheet(Issue issue) {
			Sheet sheet = (issue.sheet() != null) ? this.layout.sheet(issue.sheet()) : null;
			return (sheet != null && sheet.worksheet() && sheet.part() != null) ? sheet : null;
		}

		private static @Nullable CellReference parse(String cellRef) {
			try {
				CellReference reference = new CellReference(cellRef.trim());
				boolean inside = reference.getRow() >= 0 && reference.getRow() <= VERSION.getLastRowIndex()
						&& reference.getCol() >= 0 && reference.getCol() <= VERSION.getLastColumnIndex();
				return inside ? new CellReference(reference.getRow(), reference.getCol()) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		@Override
		public void close() throws IOException {
			this.pkg.close();
		}

	}

	/** The writing of one copy. */
	private final class Copy {

		private final Prepared prepared;

		private final XlsxPackage pkg;

		private final XlsxLayout layout;

		private final FeedbackRequest request;

		private final Set<String> taken = new HashSet<>();

		private final Map<Sheet, String> commentParts = new LinkedHashMap<>();

		private final Map<Sheet, String> drawingParts = new LinkedHashMap<>();

		private final String listPart;

		private final String stylesPart;

		private final String stringsPart;

		Copy(Prepared prepared, FeedbackRequest request) {
			this.prepared = prepared;
			this.pkg = prepared.pkg;
			this.layout = prepared.layout;
			this.request = request;
			this.pkg.names().forEach((name) -> this.taken.add(name.toLowerCase(Locale.ROOT)));
			this.listPart = free("xl/worksheets/sheet%d.xml");
			for (Sheet sheet : prepared.marks.keySet()) {
				if (sheet.notes() == null) {
					this.commentParts.put(sheet, free("xl/comments%d.xml"));
					this.drawingParts.put(sheet, free("xl/drawings/vmlDrawing%d.vml"));
				}
			}
			this.stylesPart = (this.layout.stylesPart() != null) ? this.layout.stylesPart() : free("xl/styles%d.xml");
			this.stringsPart = (this.layout.sharedStringsPart() != null) ? this.layout.sharedStringsPart()
					: free("xl/sharedStrings%d.xml");
		}

		void write(OutputStream out) throws IOException, XMLStreamException {
			StylesTable styles = null;
			if (this.layout.stylesPart() != null) {
				try (InputStream in = this.pkg.open(this.layout.stylesPart())) {
					styles = new StylesTable(in);
				}
			}
			int strings = 0;
			if (this.layout.sharedStringsPart() != null) {
				try (InputStream in = this.pkg.open(this.layout.sharedStringsPart())) {
					strings = StreamedSharedStrings.count(in);
				}
			}
			try (TempFileStringsWorkbook list = TempFileStringsWorkbook.create(ROWS_IN_MEMORY, styles, strings)) {
				ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
				put(zip, XlsxLayout.CONTENT_TYPES, (entry) -> Dom.write(contentTypes(), entry));
				copyParts(zip, list);
				StreamedXlsxAnnotator.this.issueList.inCopy(list, this.request, this.prepared::location);
				put(zip, this.listPart, (entry) -> IssueListPart.writeSheet(list, entry));
				put(zip, this.stylesPart, (entry) -> IssueListPart.writeStyles(list, entry));
				Document workbook = this.layout.workbook();
				WorkbookPartEditor.addIssueList(workbook, IssueListPart.names(list), listRelationship());
				int originalStrings = strings;
				put(zip, this.stringsPart, (entry) -> writeStrings(originalStrings, list.strings(), entry));
				put(zip, this.layout.workbookPart(), (entry) -> Dom.write(workbook, entry));
				put(zip, this.layout.workbookRelationshipsPart(),
						(entry) -> Dom.write(this.layout.workbookRelationships(), entry));
				zip.finish();
			}
		}

		private void copyParts(ZipArchiveOutputStream zip, TempFileStringsWorkbook list)
				throws IOException, XMLStreamException {
			Set<String> rewritten = new HashSet<>();
			for (String part : List.of(XlsxLayout.CONTENT_TYPES, this.layout.workbookPart(),
					this.layout.workbookRelationshipsPart(), this.stylesPart, this.stringsPart)) {
				rewritten.add(part.toLowerCase(Locale.ROOT));
			}
			Map<String, Sheet> sheets = new LinkedHashMap<>();
			for (Sheet sheet : this.layout.sheets()) {
				if (sheet.part() != null) {
					sheets.putIfAbsent(sheet.part().toLowerCase(Locale.ROOT), sheet);
				}
			}
			for (Sheet sheet : this.prepared.marks.keySet()) {
				Notes notes = sheet.notes();
				if (notes == null) {
					rewritten.add(XlsxPackage.relationshipsOf(sheet.part()).toLowerCase(Locale.ROOT));
				}
				else {
					rewritten.add(notes.comments().toLowerCase(Locale.ROOT));
					rewritten.add(notes.drawing().toLowerCase(Locale.ROOT));
				}
			}
			SeverityStyles severity = new SeverityStyles(list);
			StreamedSheetCopier.FlaggedStyles flagged = (style, worst) -> {
				CellStyle original = (style >= 0 && style < list.getNumCellStyles()) ? list.getCellStyleAt(style)
						: list.getCellStyleAt(0);
				return Short.toUnsignedInt(severity.flagged(original, worst).getIndex());
			};
			for (String name : this.pkg.names()) {
				String key = name.toLowerCase(Locale.ROOT);
				Sheet sheet = sheets.get(key);
				if (rewritten.contains(key)) {
					continue;
				}
				if (sheet != null) {
					copySheet(zip, sheet, flagged);
				}
				else {
					this.pkg.copyRaw(name, zip);
				}
			}
		}

		private void copySheet(ZipArchiveOutputStream zip, Sheet sheet, StreamedSheetCopier.FlaggedStyles flagged)
				throws IOException, XMLStreamException {
			SheetMarks marks = this.prepared.marks.get(sheet);
			if (marks == null) {
				if (selected(sheet)) {
					// Copied through the stream only to unselect its tab
					SheetMarks none = new SheetMarks();
					put(zip, sheet.part(), (entry) -> copy(sheet, new StreamedSheetCopier(none, flagged, null), entry));
				}
				else {
					this.pkg.copyRaw(sheet.part(), zip);
				}
				return;
			}
			Notes notes = sheet.notes();
			if (notes != null) {
				// The sheet already points at its comments and their shapes: ours join
				// them
				put(zip, sheet.part(), (entry) -> copy(sheet, new StreamedSheetCopier(marks, flagged, null), entry));
				List<CellMark> alone = new ArrayList<>();
				put(zip, notes.comments(), (entry) -> {
					try (InputStream in = this.pkg.open(notes.comments())) {
						alone.addAll(ExistingComments.merge(in, marks.marks(), entry));
					}
				});
				put(zip, notes.drawing(),
						(entry) -> ExistingNoteShapes.append(() -> this.pkg.open(notes.drawing()), alone, entry));
				return;
			}
			String relsPart = XlsxPackage.relationshipsOf(sheet.part());
			Document rels = this.pkg.has(relsPart) ? this.pkg.document(relsPart) : Relationships.empty();
			String comments = this.commentParts.get(sheet);
			String drawing = this.drawingParts.get(sheet);
			Dom.addRelationship(rels, CommentParts.COMMENTS_RELATIONSHIP, "/" + comments);
			String drawingId = Dom.addRelationship(rels, CommentParts.VML_RELATIONSHIP, "/" + drawing);
			put(zip, sheet.part(), (entry) -> copy(sheet, new StreamedSheetCopier(marks, flagged, drawingId), entry));
			put(zip, (this.pkg.stored(relsPart) != null) ? this.pkg.stored(relsPart) : relsPart,
					(entry) -> Dom.write(rels, entry));
			put(zip, comments, (entry) -> CommentParts.writeComments(marks.marks(), entry));
			put(zip, drawing, (entry) -> CommentParts.writeDrawing(marks.marks(), entry));
		}

		/** Whether a sheet's tab is selected, read from the views before its rows. */
		private boolean selected(Sheet sheet) throws IOException, XMLStreamException {
			try (StreamingXml xml = new StreamingXml(this.pkg.open(sheet.part()))) {
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (xml.getLocalName().equals("sheetData")) {
						return false;
					}
					String selected = xml.getLocalName().equals("sheetView")
							? xml.getAttributeValue(null, "tabSelected") : null;
					if ("1".equals(selected) || "true".equals(selected)) {
						return true;
					}
				}
			}
			return false;
		}

		private void copy(Sheet sheet, StreamedSheetCopier copier, OutputStream entry)
				throws IOException, XMLStreamException {
			try (InputStream in = this.pkg.open(sheet.part())) {
				copier.copy(in, entry);
			}
		}

		private void writeStrings(int originalCount, TempFileSharedStrings added, OutputStream entry)
				throws IOException, XMLStreamException {
			if (this.layout.sharedStringsPart() == null) {
				StreamedSharedStrings.write(null, 0, added, entry);
				return;
			}
			try (InputStream in = this.pkg.open(this.layout.sharedStringsPart())) {
				StreamedSharedStrings.write(in, originalCount, added, entry);
			}
		}

		private Document contentTypes() {
			Document types = this.layout.contentTypes();
			ContentTypes.override(types, this.listPart, WORKSHEET_CONTENT_TYPE);
			this.commentParts.values()
				.forEach((part) -> ContentTypes.override(types, part, CommentParts.COMMENTS_TYPE));
			if (!this.drawingParts.isEmpty()) {
				ContentTypes.defaultFor(types, "vml", CommentParts.VML_TYPE);
			}
			if (this.layout.stylesPart() == null) {
				ContentTypes.override(types, this.stylesPart, ContentTypes.STYLES);
			}
			if (this.layout.sharedStringsPart() == null) {
				ContentTypes.override(types, this.stringsPart, ContentTypes.SHARED_STRINGS);
			}
			// The copy is named .xlsx: a macro or template content type would not open
			ContentTypes.plainWorkbook(types, this.layout.workbookPart());
			return types;
		}

		/** Adds the workbook's relationships to the new parts; the issue list's id. */
		private String listRelationship() {
			Document rels = this.layout.workbookRelationships();
			if (this.layout.stylesPart() == null) {
				Dom.addRelationship(rels, XlsxLayout.RELATIONSHIPS_NS + "/styles", "/" + this.stylesPart);
			}
			if (this.layout.sharedStringsPart() == null) {
				Dom.addRelationship(rels, XlsxLayout.RELATIONSHIPS_NS + "/sharedStrings", "/" + this.stringsPart);
			}
			return Dom.addRelationship(rels, XlsxLayout.WORKSHEET_TYPE, "/" + this.listPart);
		}

		private String free(String pattern) {
			for (int n = 1;; n++) {
				String name = String.format(Locale.ROOT, pattern, n);
				if (this.taken.add(name.toLowerCase(Locale.ROOT))) {
					return name;
				}
			}
		}

	}

	private static void put(ZipArchiveOutputStream zip, String name, PartBody body)
			throws IOException, XMLStreamException {
		zip.putArchiveEntry(new ZipArchiveEntry(name));
		body.writeTo(new KeepOpenOutputStream(zip));
		zip.closeArchiveEntry();
	}

	/** What goes into one part. */
	@FunctionalInterface
	private interface PartBody {

		void writeTo(OutputStream out) throws IOException, XMLStreamException;

	}

}

package org.unionstats.feedback;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamWriter2;
import org.jspecify.annotations.Nullable;

import org.unionstats.feedback.CellMark.Flag;
import org.unionstats.validation.Severity;
import org.unionstats.workbook.StreamingXml;

/**
 * Copies one sheet part event by event, giving the marked cells a flagged style (cells
 * and rows that do not exist are inserted in order), pointing the sheet at its comment
 * shapes, and unselecting its tab, so the issue list is the one selected sheet.
 * <p>
 * Everything else passes through as it came: formulas (shared ones too), inline strings,
 * {@code mc:AlternateContent}, extensions. Memory does not grow with the sheet.
 */
final class StreamedSheetCopier {

	/** The flagged style for a cell's style and its worst severity. */
	@FunctionalInterface
	interface FlaggedStyles {

		int flagged(int style, Severity severity);

	}

	/**
	 * Worksheet children that come after {@code legacyDrawing} (ECMA-376 CT_Worksheet).
	 */
	private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
			"oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

	private static final String MARKUP_COMPATIBILITY_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	private final SheetMarks marks;

	private final FlaggedStyles styles;

	private final @Nullable String drawingId;

	private final NavigableSet<Integer> pendingRows;

	private XMLStreamWriter2 out;

	private StreamingXml in;

	private String prefix = "";

	private String namespace = "";

	private boolean inSheetData;

	private boolean sheetDataSeen;

	private boolean drawingWritten;

	private int lastRow = -1;

	private @Nullable Row row;

	/**
	 * @param drawingId the relationship id of the comment shapes, or {@code null} when
	 * the sheet has no marks
	 */
	StreamedSheetCopier(SheetMarks marks, FlaggedStyles styles, @Nullable String drawingId) {
		this.marks = marks;
		this.styles = styles;
		this.drawingId = drawingId;
		this.pendingRows = marks.pendingRows();
	}

	void copy(InputStream sheet, OutputStream target) throws XMLStreamException {
		try (StreamingXml xml = new StreamingXml(sheet)) {
			this.in = xml;
			this.out = XmlStreams.writer(target);
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(++depth);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(depth--);
				}
				else {
					XmlStreams.copy(xml, this.out);
				}
			}
			this.out.close();
		}
	}

	private void start(int depth) throws XMLStreamException {
		String name = this.in.getLocalName();
		if (depth == 1) {
			this.prefix = nonNull(this.in.getPrefix());
			this.namespace = nonNull(this.in.getNamespaceURI());
		}
		if (depth == 2 && this.sheetDataSeen
				&& (AFTER_LEGACY_DRAWING.contains(name) || MARKUP_COMPATIBILITY_NS.equals(this.in.getNamespaceURI()))) {
			writeLegacyDrawing();
		}
		if (depth == 2 && name.equals("sheetData")) {
			this.sheetDataSeen = true;
			this.inSheetData = true;
			XmlStreams.copy(this.in, this.out);
		}
		else if (depth == 3 && this.inSheetData && name.equals("row")) {
			startRow();
		}
		else if (depth == 4 && this.row != null && name.equals("c")) {
			startCell(this.row);
		}
		else if (name.equals("sheetView")) {
			XmlStreams.startElement(this.in, this.out);
			XmlStreams.attributes(this.in, this.out, "tabSelected");
		}
		else {
			XmlStreams.copy(this.in, this.out);
		}
	}

	private void end(int depth) throws XMLStreamException {
		if (depth == 3 && this.row != null) {
			this.row.finish();
			this.row = null;
		}
		else if (depth == 2 && this.inSheetData) {
			this.inSheetData = false;
			while (!this.pendingRows.isEmpty()) {
				writeNewRow(this.pendingRows.pollFirst());
			}
		}
		else if (depth == 1) {
			writeLegacyDrawing();
		}
		this.out.writeEndElement();
	}

	private void startRow() throws XMLStreamException {
		String r = this.in.getAttributeValue(null, "r");
		int index = (r != null) ? Integer.parseInt(r.trim()) - 1 : this.lastRow + 1;
		this.lastRow = index;
		while (!this.pendingRows.isEmpty() && this.pendingRows.first() < index) {
			writeNewRow(this.pendingRows.pollFirst());
		}
		boolean marked = this.pendingRows.remove(index);
		XmlStreams.startElement(this.in, this.out);
		// The column span is a hint that an inserted cell would make wrong
		if (marked) {
			XmlStreams.attributes(this.in, this.out, "spans");
		}
		else {
			XmlStreams.attributes(this.in, this.out);
		}
		this.row = marked ? new Row(index, this.marks.takeCells(index), this.marks.takeRowIssues(index))
				: new Row(index, new TreeMap<>(), null);
	}

	private void startCell(Row row) throws XMLStreamException {
		String r = this.in.getAttributeValue(null, "r");
		int column = (r != null) ? column(r) : row.lastColumn + 1;
		row.lastColumn = column;
		row.placeRowIssues(column);
		while (!row.cells.isEmpty() && row.cells.firstKey() < column) {
			Map.Entry<Integer, List<Flag>> missing = row.cells.pollFirstEntry();
			insertCell(row.index, missing.getKey(), missing.getValue());
		}
		List<Flag> flags = row.cells.remove(column);
		if (flags == null) {
			XmlStreams.copy(this.in, this.out);
			return;
		}
		CellMark mark = CellMark.of(row.index, column, flags);
		XmlStreams.startElement(this.in, this.out);
		if (mark.worst() == Severity.INFO) {
			XmlStreams.attributes(this.in, this.out);
		}
		else {
			String style = this.in.getAttributeValue(null, "s");
			int original = (style != null) ? Integer.parseInt(style.trim()) : 0;
			XmlStreams.attributes(this.in, this.out, "s");
			this.out.writeAttribute("s", Integer.toString(this.styles.flagged(original, mark.worst())));
		}
		this.marks.marked(mark);
	}

	private void writeNewRow(int index) throws XMLStreamException {
		Row row = new Row(index, this.marks.takeCells(index), this.marks.takeRowIssues(index));
		row.placeRowIssues(0);
		if (row.cells.isEmpty()) {
			return;
		}
		this.out.writeStartElement(this.prefix, "row", this.namespace);
		this.out.writeAttribute("r", Integer.toString(index + 1));
		row.finish();
		this.out.writeEndElement();
	}

	private void insertCell(int row, int column, List<Flag> flags) throws XMLStreamException {
		CellMark mark = CellMark.of(row, column, flags);
		this.out.writeStartElement(this.prefix, "c", this.namespace);
		this.out.writeAttribute("r", new CellReference(row, column).formatAsString(false));
		if (mark.worst() != Severity.INFO) {
			this.out.writeAttribute("s", Integer.toString(this.styles.flagged(0, mark.worst())));
		}
		this.out.writeEndElement();
		this.marks.marked(mark);
	}

	private void writeLegacyDrawing() throws XMLStreamException {
		if (this.drawingId == null || this.drawingWritten) {
			return;
		}
		this.drawingWritten = true;
		this.out.writeStartElement(this.prefix, "legacyDrawing", this.namespace);
		this.out.writeNamespace("r", XlsxLayout.RELATIONSHIPS_NS);
		this.out.writeAttribute("r", XlsxLayout.RELATIONSHIPS_NS, "id", this.drawingId);
		this.out.writeEndElement();
	}

	/** The 0-based column of a reference such as {@code AB12}. */
	private static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

	/** The row being copied and the marks still to make in it. */
	private final class Row {

		private final int index;

		private final TreeMap<Integer, List<Flag>> cells;

		private @Nullable List<Flag> rowIssues;

		private int lastColumn = -1;

		Row(int index, TreeMap<Integer, List<Flag>> cells, @Nullable List<Flag> rowIssues) {
			this.index = index;
			this.cells = cells;
			this.rowIssues = rowIssues;
		}

		/** Puts the row's issues without a cell on its first cell, once. */
		void placeRowIssues(int column) {
			if (this.rowIssues != null) {
				this.cells.computeIfAbsent(column, (key) -> new ArrayList<>()).addAll(this.rowIssues);
				StreamedSheetCopier.this.marks.rowMarkedAt(this.index, column);
				this.rowIssues = null;
			}
		}

		/** Inserts the cells still to mark, at the end of the row. */
		void finish() throws XMLStreamException {
			placeRowIssues(0);
			while (!this.cells.isEmpty()) {
				Map.Entry<Integer, List<Flag>> missing = this.cells.pollFirstEntry();
				insertCell(this.index, missing.getKey(), missing.getValue());
			}
		}

	}

}

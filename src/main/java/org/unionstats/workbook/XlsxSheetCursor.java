package org.unionstats.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Pulls the rows of an .xlsx worksheet part with StAX, reading raw cell values; no text
 * of a cell is held beyond Excel's limit.
 */
final class XlsxSheetCursor implements SheetCursor {

	private final StreamingXml xml;

	private final SharedStrings sharedStrings;

	private final boolean[] dateStyles;

	private final int maxRows;

	private int rowsRead;

	private int lastRowNumber;

	private boolean finished;

	XlsxSheetCursor(InputStream in, SharedStrings sharedStrings, boolean[] dateStyles, int maxRows) {
		this.xml = new StreamingXml(in);
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.maxRows = maxRows;
	}

	@Override
	public SheetRow next() {
		try {
			while (!this.finished && this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
					SheetRow row = readRow();
					if (!row.cells().isEmpty()) {
						return row;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(this.xml.getLocalName())) {
					this.finished = true;
				}
			}
			this.finished = true;
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof WorkbookReadException readException) {
				throw readException;
			}
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, WorkbookOpener.describe(ex), ex);
		}
	}

	private SheetRow readRow() throws XMLStreamException {
		if (++this.rowsRead > this.maxRows) {
			throw WorkbookReadException.tooLarge("rows", this.maxRows, "Too many rows");
		}
		String r = this.xml.getAttributeValue(null, "r");
		int number = (r != null) ? parseRowNumber(r) : this.lastRowNumber + 1;
		this.lastRowNumber = number;
		List<CellValue> cells = new ArrayList<>();
		int column = -1;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
				String ref = this.xml.getAttributeValue(null, "r");
				column = (ref != null) ? parseColumn(ref) : column + 1;
				if (column >= CellReferences.MAX_COLUMNS) {
					throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Too many cells in a row");
				}
				CellValue cell = readCell(column);
				if (cell != null) {
					cells.add(cell);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
				break;
			}
		}
		return new SheetRow(number, cells);
	}

	private CellValue readCell(int column) throws XMLStreamException {
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		BoundedText value = null;
		BoundedText inline = null;
		boolean formula = false;
		boolean formulaCut = false;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getLocalName();
				if ("v".equals(name)) {
					value = new BoundedText().appendElement(this.xml);
				}
				else if ("f".equals(name)) {
					formula = true;
					// Only the cached result counts, but a formula over Excel's limit is
					// no workbook Excel wrote.
					formulaCut = BoundedText.skipElement(this.xml);
				}
				else if ("is".equals(name)) {
					inline = SharedStringsReader.readText(this.xml, "is");
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
				break;
			}
		}
		CellValue cut = cut(column, value, inline, formulaCut);
		if (cut != null) {
			return cut;
		}
		String inlineText = (inline != null) ? SharedStringsReader.decode(inline.text()) : null;
		return toCell(column, type, style, (value != null) ? value.text() : null, inlineText, formula);
	}

	/**
	 * The cell whose text (its value, inline string or formula) was cut at Excel's limit,
	 * or {@code null}.
	 */
	private static CellValue cut(int column, BoundedText value, BoundedText inline, boolean formulaCut) {
		if (inline != null && inline.truncated()) {
			return CellValue.truncatedText(column, SharedStringsReader.decode(inline.text()));
		}
		if ((value != null && value.truncated()) || formulaCut) {
			return CellValue.truncatedText(column, (value != null) ? value.text() : "");
		}
		return null;
	}

	private CellValue toCell(int column, String type, String style, String value, String inline, boolean formula) {
		if ("inlineStr".equals(type)) {
			return (inline != null) ? CellValue.text(column, inline) : null;
		}
		if (value == null || (value.isEmpty() && !"str".equals(type))) {
			return formula ? CellValue.formulaWithoutResult(column) : null;
		}
		if (type == null || "n".equals(type)) {
			return CellValue.number(column, parseNumber(value), isDateStyle(style));
		}
		return switch (type) {
			case "s" -> sharedString(column, value);
			case "str" -> CellValue.text(column, value);
			case "b" -> CellValue.bool(column, "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()));
			case "e" -> CellValue.error(column, value.trim());
			case "d" -> CellValue.text(column, value.trim());
			default -> CellValue.text(column, value);
		};
	}

	private CellValue sharedString(int column, String index) {
		int i = parseIndex(index);
		if (i < 0 || i >= this.sharedStrings.size()) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Shared string index out of range: " + i);
		}
		return this.sharedStrings.cell(column, i);
	}

	private boolean isDateStyle(String style) {
		if (style == null) {
			return false;
		}
		int i = parseIndex(style);
		return i >= 0 && i < this.dateStyles.length && this.dateStyles[i];
	}

	private static double parseNumber(String value) {
		try {
			return Double.parseDouble(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Not a number in a number cell", ex);
		}
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static int parseRowNumber(String r) {
		int number = parseIndex(r);
		if (number < 1 || number > CellReferences.MAX_ROWS) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Invalid row number");
		}
		return number;
	}

	private static int parseColumn(String ref) {
		int column = CellReferences.columnOf(ref);
		if (column < 0) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Invalid cell reference");
		}
		return column;
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// Nothing left to release: the stream below is closed either way.
		}
	}

}

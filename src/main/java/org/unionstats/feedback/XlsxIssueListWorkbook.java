package org.unionstats.feedback;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import org.unionstats.support.KeepOpenOutputStream;
import org.unionstats.workbook.CellReferences;
import org.unionstats.workbook.FormulaText;

/**
 * A workbook holding the issue list alone, written straight as its package: a fixed
 * frame, the styles of {@link IssueListStyles}, and the sheet's XML streamed as the rows
 * come. It costs a small fraction of making and saving a POI workbook, which matters
 * because most files of a period get nothing else (a file without issues gets the summary
 * alone). Usage: {@link IssueListSheetWriter} writes into it, then {@link #finish()},
 * then {@link #close()}.
 */
final class XlsxIssueListWorkbook implements IssueListSheet, Closeable {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String CONTENT_TYPES = HEAD
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
			+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
			+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
			+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
			+ "</Types>";

	private static final String PACKAGE_RELATIONSHIPS = HEAD + "<Relationships xmlns=\""
			+ XlsxLayout.PACKAGE_RELATIONSHIPS_NS + "\">" + "<Relationship Id=\"rId1\" Type=\""
			+ XlsxLayout.RELATIONSHIPS_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

	private static final String WORKBOOK_RELATIONSHIPS = HEAD + "<Relationships xmlns=\""
			+ XlsxLayout.PACKAGE_RELATIONSHIPS_NS + "\">" + "<Relationship Id=\"rId1\" Type=\""
			+ XlsxLayout.RELATIONSHIPS_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
			+ "<Relationship Id=\"rId2\" Type=\"" + XlsxLayout.RELATIONSHIPS_NS
			+ "/sharedStrings\" Target=\"sharedStrings.xml\"/>" + "<Relationship Id=\"rId3\" Type=\""
			+ XlsxLayout.RELATIONSHIPS_NS + "/styles\" Target=\"styles.xml\"/>" + "</Relationships>";

	private static final int BUFFER = 16 * 1024;

	private static final SpreadsheetVersion VERSION = SpreadsheetVersion.EXCEL2007;

	private final ZipOutputStream zip;

	private final Writer xml;

	private final SharedStringItems strings = new SharedStringItems();

	/** The cells of the row being written, which ends when another row begins. */
	private final StringBuilder cells = new StringBuilder();

	private int row = -1;

	private float rowHeight = -1;

	private final List<CellRangeAddress> merges = new ArrayList<>();

	private final List<Link> links = new ArrayList<>();

	private @Nullable CellRangeAddress filter;

	/** Starts the package in the stream, which is left open. */
	XlsxIssueListWorkbook(OutputStream out) throws IOException {
		this.zip = new ZipOutputStream(new BufferedOutputStream(new KeepOpenOutputStream(out), BUFFER),
				StandardCharsets.UTF_8);
		this.xml = new BufferedWriter(new OutputStreamWriter(this.zip, StandardCharsets.UTF_8));
		part(XlsxLayout.CONTENT_TYPES, CONTENT_TYPES);
		part("_rels/.rels", PACKAGE_RELATIONSHIPS);
		part("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
		part("xl/styles.xml", IssueListStyles.XML);
		this.zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
	}

	@Override
	public int lastRowIndex() {
		return VERSION.getLastRowIndex();
	}

	@Override
	public void start(int[] columnWidths, int frozenRows) {
		write(HEAD);
		write("<worksheet xmlns=\"" + XlsxLayout.MAIN_NS + "\" xmlns:r=\"" + XlsxLayout.RELATIONSHIPS_NS
				+ "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
		write("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">");
		if (frozenRows > 0) {
			write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
					+ "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
		}
		write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
		for (int column = 0; column < columnWidths.length; column++) {
			write("<col min=\"" + (column + 1) + "\" max=\"" + (column + 1) + "\" width=\"" + columnWidths[column]
					+ "\" customWidth=\"1\"/>");
		}
		write("</cols><sheetData>");
	}

	@Override
	public void text(int row, int column, @Nullable String value, ListStyle style) {
		moveTo(row);
		boolean quoted = value != null && FormulaText.looksLikeFormula(value);
		startCell(row, column, IssueListStyles.index(style, quoted));
		if (value == null) {
			this.cells.append("/>");
			return;
		}
		String text = (value.length() > VERSION.getMaxTextLength()) ? value.substring(0, VERSION.getMaxTextLength())
				: value;
		this.cells.append(" t=\"s\"><v>").append(this.strings.add(text)).append("</v></c>");
	}

	@Override
	public void number(int row, int column, long value) {
		moveTo(row);
		startCell(row, column, 0);
		this.cells.append("><v>").append(value).append("</v></c>");
	}

	@Override
	public void link(int row, int column, String target) {
		this.links.add(new Link(CellReferences.reference(column, row + 1), target));
	}

	@Override
	public void height(int row, float points) {
		moveTo(row);
		// In twentieths of a point, as a row keeps its height
		this.rowHeight = ((short) (points * 20)) / 20f;
	}

	@Override
	public void mergeAcross(int row, int lastColumn) {
		this.merges.add(new CellRangeAddress(row, row, 0, lastColumn));
	}

	@Override
	public void filter(int headerRow, int lastRow, int lastColumn) {
		this.filter = new CellRangeAddress(headerRow, lastRow, 0, lastColumn);
	}

	/** Ends the sheet and writes the parts that depend on it. */
	void finish() throws IOException {
		moveTo(-1);
		write("</sheetData>");
		if (this.filter != null) {
			write("<autoFilter ref=\"" + this.filter.formatAsString() + "\"/>");
		}
		if (!this.merges.isEmpty()) {
			write("<mergeCells count=\"" + this.merges.size() + "\">");
			this.merges.forEach((merge) -> write("<mergeCell ref=\"" + merge.formatAsString() + "\"/>"));
			write("</mergeCells>");
		}
		if (!this.links.isEmpty()) {
			write("<hyperlinks>");
			for (Link link : this.links) {
				write("<hyperlink ref=\"" + link.cell() + "\" location=\"");
				XmlText.writeEscaped(link.target(), this.xml);
				write("\"/>");
			}
			write("</hyperlinks>");
		}
		write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
		write("<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
		this.xml.flush();
		this.zip.closeEntry();
		this.zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
		try (InputStream table = this.strings.openTable()) {
			table.transferTo(this.zip);
		}
		this.zip.closeEntry();
		part("xl/workbook.xml", workbook());
		this.zip.finish();
		this.zip.flush();
	}

	private String workbook() {
		String sheet = IssueListSheetWriter.SHEET_NAME;
		StringBuilder workbook = new StringBuilder(HEAD).append("<workbook xmlns=\"")
			.append(XlsxLayout.MAIN_NS)
			.append("\" xmlns:r=\"")
			.append(XlsxLayout.RELATIONSHIPS_NS)
			.append("\"><bookViews><workbookView activeTab=\"0\" firstSheet=\"0\"/></bookViews><sheets><sheet name=\"")
			.append(sheet)
			.append("\" sheetId=\"1\" r:id=\"rId1\"/></sheets>");
		if (this.filter != null) {
			// Excel keeps a filter's range under this hidden name too
			workbook
				.append("<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">")
				.append(this.filter.formatAsString(sheet, true))
				.append("</definedName></definedNames>");
		}
		return workbook.append("</workbook>").toString();
	}

	@Override
	public void close() throws IOException {
		this.strings.close();
	}

	/** Ends the row being written when another begins ({@code -1}: none). */
	private void moveTo(int row) {
		if (row == this.row) {
			return;
		}
		if (this.row >= 0) {
			write("<row r=\"" + (this.row + 1) + "\"");
			if (this.rowHeight >= 0) {
				write(" ht=\"" + this.rowHeight + "\" customHeight=\"1\"");
			}
			write(">");
			write(this.cells);
			write("</row>");
		}
		this.row = row;
		this.rowHeight = -1;
		this.cells.setLength(0);
	}

	private void startCell(int row, int column, int style) {
		this.cells.append("<c r=\"").append(CellReferences.reference(column, row + 1)).append('"');
		if (style != 0) {
			this.cells.append(" s=\"").append(style).append('"');
		}
	}

	private void part(String name, String content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(content.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	private void write(CharSequence text) {
		try {
			this.xml.append(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell that jumps to a place in the workbook. */
	private record Link(String cell, String target) {

	}

}

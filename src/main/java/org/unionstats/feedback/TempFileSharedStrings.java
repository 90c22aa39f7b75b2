package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A shared-strings table kept in a temporary file rather than on the heap, where POI's
 * own takes half a kilobyte a string and an issue list of a million rows has millions of
 * different texts ({@link SharedStringItems}). It can only be written, as SXSSF does, and
 * only through a {@link TempFileStringsWorkbook}.
 */
final class TempFileSharedStrings extends SharedStringsTable {

	/** The index of this table's first string in the workbook's table. */
	private final int firstIndex;

	private final SharedStringItems items = new SharedStringItems();

	/**
	 * A table whose strings follow {@code firstIndex} strings of another table, into
	 * which they are copied when the package is written (see
	 * {@link StreamedSharedStrings}).
	 */
	TempFileSharedStrings(int firstIndex) {
		this.firstIndex = firstIndex;
	}

	/**
	 * A new workbook whose shared strings are this table and whose styles are the given
	 * ones, or POI's defaults when {@code null}.
	 */
	XSSFWorkbook newWorkbook(@Nullable StylesTable styles) {
		return new XSSFWorkbook(new XSSFFactory() {

			@Override
			public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
				if (descriptor == XSSFRelation.SHARED_STRINGS) {
					return TempFileSharedStrings.this;
				}
				if (descriptor == XSSFRelation.STYLES && styles != null) {
					return styles;
				}
				return super.newDocumentPart(descriptor);
			}

		});
	}

	/** How many strings this table holds. */
	int size() {
		return this.uniqueCount;
	}

	/** How many times strings of this table are used. */
	int uses() {
		return this.count;
	}

	/** The {@code <si>} items alone, without the table around them. */
	InputStream openItems() throws IOException {
		return this.items.openItems();
	}

	/**
	 * The name of this table's entry in the package, e.g. {@code xl/sharedStrings.xml}.
	 */
	String entryName() {
		return getPackagePart().getPartName().getName().substring(1);
	}

	/** The table as its package entry holds it. */
	InputStream openXml() throws IOException {
		return this.items.openTable();
	}

	@Override
	public int addSharedStringItem(RichTextString string) {
		int index = this.items.add(string.getString());
		this.count = this.items.uses();
		this.uniqueCount = this.items.uniqueCount();
		return this.firstIndex + index;
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		try (InputStream xml = openXml()) {
			xml.transferTo(out);
		}
	}

	/**
	 * Leaves an empty table in the package, which keeps its parts in memory: the strings
	 * go in as the package is copied out (see {@link TempFileStringsWorkbook}).
	 */
	@Override
	protected void commit() throws IOException {
		try (OutputStream out = getPackagePart().getOutputStream()) {
			out.write(("<sst xmlns=\"" + XlsxLayout.MAIN_NS + "\"/>").getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public RichTextString getItemAt(int index) {
		throw new UnsupportedOperationException("Shared strings kept in a file are written only");
	}

	@Override
	public List<RichTextString> getSharedStringItems() {
		throw new UnsupportedOperationException("Shared strings kept in a file are written only");
	}

	@Override
	public void close() throws IOException {
		this.items.close();
	}

}

package org.unionstats.feedback;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A shared-strings table kept in a temporary file rather than on the heap, where POI's
 * own takes half a kilobyte a string and an issue list of a million rows has millions of
 * different texts. It can only be written, as SXSSF does, and only through a
 * {@link TempFileStringsWorkbook}. A text is shared while it is among the
 * {@value #RECENT} last added, which catches the labels and codes that every row repeats.
 */
final class TempFileSharedStrings extends SharedStringsTable {

	private static final int RECENT = 4096;

	private static final String SPREADSHEET_ML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private final Path file;

	/** The index of this table's first string in the workbook's table. */
	private final int firstIndex;

	private final Writer items;

	private final Map<String, Integer> recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
			return size() > RECENT;
		}

	};

	TempFileSharedStrings() throws IOException {
		this(0);
	}

	/**
	 * A table whose strings follow {@code firstIndex} strings of another table, into
	 * which they are copied when the package is written (see
	 * {@link StreamedSharedStrings}).
	 */
	TempFileSharedStrings(int firstIndex) throws IOException {
		this.firstIndex = firstIndex;
		this.file = TempFile.createTempFile("unionstats-strings", ".xml").toPath();
		this.items = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(this.file), StandardCharsets.UTF_8));
	}

	/** A new workbook whose shared strings are this table. */
	XSSFWorkbook newWorkbook() {
		return newWorkbook(null);
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
		this.items.flush();
		return Files.newInputStream(this.file);
	}

	/**
	 * The name of this table's entry in the package, e.g. {@code xl/sharedStrings.xml}.
	 */
	String entryName() {
		return getPackagePart().getPartName().getName().substring(1);
	}

	/** The table as its package entry holds it. */
	InputStream openXml() throws IOException {
		this.items.flush();
		byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + this.count + "\" uniqueCount=\""
				+ this.uniqueCount + "\" xmlns=\"" + SPREADSHEET_ML + "\">")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "</sst>".getBytes(StandardCharsets.UTF_8);
		return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
				Files.newInputStream(this.file), new ByteArrayInputStream(tail))));
	}

	@Override
	public int addSharedStringItem(RichTextString string) {
		this.count++;
		String text = string.getString();
		Integer index = this.recent.get(text);
		if (index != null) {
			return this.firstIndex + index;
		}
		try {
			this.items.write("<si><t xml:space=\"preserve\">");
			writeEscaped(text);
			this.items.write("</t></si>");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep a shared string in " + this.file, ex);
		}
		this.recent.put(text, this.uniqueCount);
		return this.firstIndex + this.uniqueCount++;
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
			out.write(("<sst xmlns=\"" + SPREADSHEET_ML + "\"/>").getBytes(StandardCharsets.UTF_8));
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
		try {
			this.items.close();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

	/**
	 * Escapes for XML text, replacing what XML 1.0 cannot carry by {@code ?} as POI's own
	 * table does.
	 */
	private void writeEscaped(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> this.items.write("&amp;");
				case '<' -> this.items.write("&lt;");
				case '>' -> this.items.write("&gt;");
				case '\r' -> this.items.write("&#13;");
				case '\t', '\n' -> this.items.write(c);
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						this.items.write(c);
						this.items.write(text.charAt(++i));
					}
					else {
						this.items.write(allowedInXml(c) ? c : '?');
					}
				}
			}
		}
	}

	private static boolean allowedInXml(char c) {
		return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

}

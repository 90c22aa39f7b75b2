package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming workbook with shared strings whose memory does not grow with its strings:
 * they are kept in a {@link TempFileSharedStrings} and copied into the package as SXSSF
 * copies in the rows of its sheets.
 */
public final class TempFileStringsWorkbook extends SXSSFWorkbook {

	private final TempFileSharedStrings strings;

	private TempFileStringsWorkbook(TempFileSharedStrings strings, @Nullable StylesTable styles, int rowsInMemory) {
		super(strings.newWorkbook(styles), rowsInMemory, false, true);
		this.strings = strings;
	}

	/**
	 * A new empty workbook; sheets made on {@link #getXSSFWorkbook()} before any streamed
	 * one (e.g. to hold a chart) share the same strings. The statistics report uses it
	 * too.
	 */
	public static TempFileStringsWorkbook create(int rowsInMemory) throws IOException {
		return create(rowsInMemory, null, 0);
	}

	/**
	 * A new empty workbook with another workbook's styles, whose strings are numbered
	 * after that workbook's {@code firstStringIndex} strings: its sheets and styles can
	 * be moved into that workbook as they are.
	 */
	static TempFileStringsWorkbook create(int rowsInMemory, @Nullable StylesTable styles, int firstStringIndex)
			throws IOException {
		TempFileSharedStrings strings = new TempFileSharedStrings(firstStringIndex);
		try {
			return new TempFileStringsWorkbook(strings, styles, rowsInMemory);
		}
		catch (RuntimeException ex) {
			strings.close();
			throw ex;
		}
	}

	/** The strings of this workbook, numbered after those it was made to follow. */
	TempFileSharedStrings strings() {
		return this.strings;
	}

	@Override
	protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
		super.injectData(new WithStrings(template, this.strings.entryName()), out);
	}

	@Override
	public void close() throws IOException {
		try {
			// Removes the sheets' temporary files. Not super.close(): closing a new
			// package saves it whole into memory, for nobody to read (a tenth of
			// publishing a small file), and it holds nothing else to release.
			dispose();
		}
		finally {
			this.strings.close();
		}
	}

	/** The package as written, with the shared strings read from their file. */
	private final class WithStrings implements ZipEntrySource {

		private final ZipEntrySource template;

		private final String stringsEntry;

		WithStrings(ZipEntrySource template, String stringsEntry) {
			this.template = template;
			this.stringsEntry = stringsEntry;
		}

		@Override
		public Enumeration<? extends ZipArchiveEntry> getEntries() {
			// A fresh entry for the strings: the template's has the size of an empty
			// table
			List<ZipArchiveEntry> entries = Collections.list(this.template.getEntries())
				.stream()
				.map((entry) -> isStrings(entry) ? new ZipArchiveEntry(this.stringsEntry) : entry)
				.toList();
			return Collections.enumeration(entries);
		}

		@Override
		public ZipArchiveEntry getEntry(String path) {
			return this.template.getEntry(path);
		}

		@Override
		public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
			return isStrings(entry) ? TempFileStringsWorkbook.this.strings.openXml()
					: this.template.getInputStream(entry);
		}

		@Override
		public void close() throws IOException {
			this.template.close();
		}

		@Override
		public boolean isClosed() {
			return this.template.isClosed();
		}

		private boolean isStrings(ZipArchiveEntry entry) {
			return entry.getName().equals(this.stringsEntry);
		}

	}

}

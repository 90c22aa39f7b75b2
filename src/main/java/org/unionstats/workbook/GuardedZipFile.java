package org.unionstats.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * A zip read from its central directory with POI's zip-bomb guard on every entry, as
 * {@link ZipSecureFile} reads it, but without reading every entry's local header on
 * opening: only the entries opened have theirs read. A workbook has a dozen parts and a
 * small one is read in a few milliseconds, of which those headers were a third. Entries
 * with an empty name, or two of one name (whatever its case), are refused as POI refuses
 * them.
 */
final class GuardedZipFile implements ZipEntrySource {

	private final ZipFile zip;

	private boolean closed;

	private GuardedZipFile(ZipFile zip) {
		this.zip = zip;
	}

	/**
	 * Opens the zip.
	 * @throws InvalidZipException for entries of no name or of one name
	 * @throws IOException when the central directory cannot be read
	 */
	static GuardedZipFile open(File file) throws IOException {
		ZipFile zip = ZipFile.builder().setFile(file).setIgnoreLocalFileHeader(true).get();
		try {
			checkNames(zip);
			return new GuardedZipFile(zip);
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	private static void checkNames(ZipFile zip) throws InvalidZipException {
		Set<String> names = new HashSet<>();
		for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
			String name = entries.nextElement().getName();
			if (name == null || name.isEmpty()) {
				throw new InvalidZipException("Input file contains an entry with an empty name");
			}
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new InvalidZipException("Input file contains more than 1 entry with the name " + name);
			}
		}
	}

	@Override
	public Enumeration<? extends ZipArchiveEntry> getEntries() {
		return this.zip.getEntries();
	}

	@Override
	public ZipArchiveEntry getEntry(String path) {
		return this.zip.getEntry(path);
	}

	/**
	 * The inflated entry, which fails once it passes the guard's size or ratio limits.
	 */
	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		return new ZipArchiveThresholdInputStream(this.zip.getInputStream(entry));
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.zip.close();
	}

	@Override
	public boolean isClosed() {
		return this.closed;
	}

}

package org.unionstats.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and replaces the XML parts of an .xlsx package directly, for workbooks no
 * spreadsheet library would write.
 */
public final class WorkbookParts {

	private WorkbookParts() {
	}

	/** Writes the content of one part, streamed so it may be far larger than memory. */
	@FunctionalInterface
	public interface PartContent {

		void writeTo(OutputStream out) throws IOException;

	}

	/** The text of one part of the package. */
	public static String read(Path xlsx, String part) {
		try (InputStream in = Files.newInputStream(xlsx); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().equals(part)) {
					return new String(entries.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalArgumentException("No part " + part);
	}

	/** Copies the package with one part's content replaced by the given text. */
	public static Path replace(Path source, Path target, String part, String content) {
		return replace(source, target, part, (out) -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	/** Copies the package with one part's content replaced (or added). */
	public static Path replace(Path source, Path target, String part, PartContent content) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
				InputStream in = Files.newInputStream(source);
				ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (!entry.getName().equals(part)) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					entries.transferTo(zip);
				}
			}
			zip.putNextEntry(new ZipEntry(part));
			content.writeTo(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

}

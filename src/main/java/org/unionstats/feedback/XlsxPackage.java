package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The parts of an {@code .xlsx} package, read with the zip-bomb limits the workbook
 * reader sets on POI ({@link ZipSecureFile}): each part inflated is checked as it is
 * read.
 */
final class XlsxPackage implements AutoCloseable {

	private final ZipSecureFile zip;

	/** Part names are case-insensitive in a package: entries by lower-case name. */
	private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();

	private XlsxPackage(ZipSecureFile zip) {
		this.zip = zip;
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			if (!entry.isDirectory()) {
				this.entries.putIfAbsent(key(entry.getName()), entry);
			}
		}
	}

	static XlsxPackage open(Path file) throws IOException {
		return new XlsxPackage(new ZipSecureFile(file.toFile()));
	}

	/** The entry names, in the order of the archive. */
	List<String> names() {
		return this.entries.values().stream().map(ZipArchiveEntry::getName).toList();
	}

	boolean has(String name) {
		return this.entries.containsKey(key(name));
	}

	/** The part as stored (with the case of the archive), or {@code null}. */
	@Nullable String stored(String name) {
		ZipArchiveEntry entry = this.entries.get(key(name));
		return (entry != null) ? entry.getName() : null;
	}

	/** The inflated part, checked against the zip-bomb limits. */
	InputStream open(String name) throws IOException {
		ZipArchiveEntry entry = this.entries.get(key(name));
		if (entry == null) {
			throw new IOException("No part " + name);
		}
		return this.zip.getInputStream(entry);
	}

	/** A small part (relationships, the workbook, content types) as a document. */
	Document document(String name) throws IOException {
		try (InputStream in = open(name)) {
			return DocumentHelper.readDocument(in);
		}
		catch (SAXException ex) {
			throw new IOException("Malformed part " + name, ex);
		}
	}

	/** Copies a part unchanged, still compressed: nothing is inflated. */
	void copyRaw(String name, ZipArchiveOutputStream out) throws IOException {
		ZipArchiveEntry entry = this.entries.get(key(name));
		try (InputStream raw = this.zip.getRawInputStream(entry)) {
			out.addRawArchiveEntry(new ZipArchiveEntry(entry), raw);
		}
	}

	/** The part a relationship of {@code source} points at, as an entry name. */
	static String resolve(String source, String target) {
		if (target.startsWith("/")) {
			return normalise(target.substring(1));
		}
		int slash = source.lastIndexOf('/');
		return normalise(((slash >= 0) ? source.substring(0, slash + 1) : "") + target);
	}

	/** The relationships part of a part, e.g. {@code xl/_rels/workbook.xml.rels}. */
	static String relationshipsOf(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	private static String normalise(String path) {
		Deque<String> parts = new ArrayDeque<>();
		for (String part : path.split("/")) {
			if (part.equals("..")) {
				parts.pollLast();
			}
			else if (!part.isEmpty() && !part.equals(".")) {
				parts.addLast(part);
			}
		}
		return String.join("/", parts);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

}

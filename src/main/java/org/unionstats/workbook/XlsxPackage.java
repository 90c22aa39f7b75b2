package org.unionstats.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML package opened for reading: its parts, their content types and the
 * relationships between them, read only as far as reading a workbook needs. POI's
 * {@code OPCPackage} parses every relationships part and the document properties into DOM
 * trees and validates every part name on opening, which cost a third of reading a small
 * workbook; this reads the few small parts needed with the hardened StAX factory.
 * <p>
 * The zip is read from its central directory as POI's {@link ZipSecureFile} reads it
 * ({@link GuardedZipFile}), or, when that cannot be read, entry by entry as POI's
 * {@code ZipPackage} does, so every part comes through POI's zip-bomb guard: the inflate
 * ratio and entry size limits set in {@link WorkbookOpener}, and at most
 * {@link ZipSecureFile#getMaxFileCount()} entries. Part names are compared
 * case-insensitively, as the package format wants.
 */
final class XlsxPackage implements AutoCloseable {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	/** The source of the package's own relationships, as a part name. */
	static final String PACKAGE = "";

	private final ZipEntrySource zip;

	/** Entries by lower-case name. */
	private final Map<String, ZipArchiveEntry> entries;

	/** Content types of the parts named in an override, by lower-case part name. */
	private final Map<String, String> overrides = new HashMap<>();

	/** Default content types by lower-case extension. */
	private final Map<String, String> defaults = new HashMap<>();

	private XlsxPackage(ZipEntrySource zip, Map<String, ZipArchiveEntry> entries) {
		this.zip = zip;
		this.entries = entries;
	}

	/**
	 * Opens the package and reads its content types.
	 * @throws WorkbookReadException ({@link WorkbookProblem#UNREADABLE}) for a zip that
	 * is no package: without content types, of too many entries, or with a part that has
	 * no content type
	 */
	static XlsxPackage open(File file) throws IOException, XMLStreamException {
		ZipEntrySource zip = openZip(file);
		try {
			List<? extends ZipArchiveEntry> all = Collections.list(zip.getEntries());
			if (all.size() > ZipSecureFile.getMaxFileCount()) {
				throw new WorkbookReadException(WorkbookProblem.UNREADABLE,
						"More than " + ZipSecureFile.getMaxFileCount() + " zip entries");
			}
			Map<String, ZipArchiveEntry> entries = new HashMap<>();
			for (ZipArchiveEntry entry : all) {
				String name = entry.getName();
				// As POI: folders and a trash folder (of some Office versions) are no
				// parts.
				if (!name.endsWith("/") && !name.startsWith("[trash]")) {
					entries.put(key(name), entry);
				}
			}
			XlsxPackage pkg = new XlsxPackage(zip, entries);
			pkg.readContentTypes();
			return pkg;
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			try {
				zip.close();
			}
			catch (IOException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
	}

	/**
	 * The zip through POI's guard, read from its central directory or, as POI's
	 * {@code ZipPackage} does for a file opened for reading, when that cannot be read,
	 * entry by entry from the start. A zip with two entries of one name is refused either
	 * way.
	 */
	private static ZipEntrySource openZip(File file) throws IOException {
		try {
			return GuardedZipFile.open(file);
		}
		catch (InvalidZipException ex) {
			throw ex;
		}
		catch (IOException ex) {
			InputStream in = Files.newInputStream(file.toPath());
			try {
				return new ZipInputStreamZipEntrySource(
						new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(in)));
			}
			catch (IOException | RuntimeException streamed) {
				in.close();
				streamed.addSuppressed(ex);
				throw streamed;
			}
		}
	}

	private void readContentTypes() throws IOException, XMLStreamException {
		if (!has(CONTENT_TYPES)) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "No " + CONTENT_TYPES);
		}
		try (InputStream in = open(CONTENT_TYPES)) {
			XMLStreamReader xml = XlsxWorkbookSource.XML.createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT
							|| !CONTENT_TYPES_NS.equals(xml.getNamespaceURI())) {
						continue;
					}
					String type = xml.getAttributeValue(null, "ContentType");
					String extension = xml.getAttributeValue(null, "Extension");
					String partName = xml.getAttributeValue(null, "PartName");
					if (type == null) {
						continue;
					}
					if ("Default".equals(xml.getLocalName()) && extension != null) {
						this.defaults.putIfAbsent(key(extension), type);
					}
					else if ("Override".equals(xml.getLocalName()) && partName != null) {
						String part = key(partName.startsWith("/") ? partName.substring(1) : partName);
						// Only parts that exist are kept: the list is the file's to make
						// long.
						if (this.entries.containsKey(part)) {
							this.overrides.putIfAbsent(part, type);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		for (ZipArchiveEntry entry : this.entries.values()) {
			if (!entry.getName().equalsIgnoreCase(CONTENT_TYPES) && contentType(entry.getName()) == null) {
				throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Part without content type");
			}
		}
	}

	/** Whether the package has the part. */
	boolean has(String part) {
		return this.entries.containsKey(key(part));
	}

	/** The content type of the part, or {@code null} when the package gives none. */
	@Nullable String contentType(String part) {
		String override = this.overrides.get(key(part));
		if (override != null) {
			return override;
		}
		int dot = part.lastIndexOf('.');
		return (dot > part.lastIndexOf('/')) ? this.defaults.get(key(part.substring(dot + 1))) : null;
	}

	/** The inflated part, checked against the zip-bomb limits as it is read. */
	InputStream open(String part) throws IOException {
		ZipArchiveEntry entry = this.entries.get(key(part));
		if (entry == null) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "No part " + part);
		}
		return this.zip.getInputStream(entry);
	}

	/**
	 * The relationships of a part, or of the package ({@link #PACKAGE}); none when it has
	 * no relationships part.
	 */
	Relationships relationships(String source) throws IOException, XMLStreamException {
		String part = relationshipsPartOf(source);
		if (!has(part)) {
			return Relationships.NONE;
		}
		TreeMap<String, Relationship> byId = new TreeMap<>();
		try (InputStream in = open(part)) {
			XMLStreamReader xml = XlsxWorkbookSource.XML.createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
							&& RELATIONSHIPS_NS.equals(xml.getNamespaceURI())) {
						String id = xml.getAttributeValue(null, "Id");
						String type = xml.getAttributeValue(null, "Type");
						String target = xml.getAttributeValue(null, "Target");
						if (id != null && type != null && target != null) {
							boolean external = "External".equals(xml.getAttributeValue(null, "TargetMode"));
							byId.put(id, new Relationship(id, type, target, external));
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return new Relationships(source, byId);
	}

	/**
	 * The part a relationship points at, or {@code null} for a target outside the package
	 * (an external one, or one that climbs above its root).
	 */
	static @Nullable String target(String source, Relationship relationship) {
		return relationship.external() ? null : resolve(source, relationship.target());
	}

	/**
	 * The part name a relationship target of the source part names: relative to the
	 * source's folder unless it starts with {@code /}; {@code null} when it climbs above
	 * the root of the package, which a relationship may not.
	 */
	static @Nullable String resolve(String source, String target) {
		String path;
		if (target.startsWith("/")) {
			path = target;
		}
		else {
			path = source.substring(0, source.lastIndexOf('/') + 1) + target;
		}
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				if (segments.pollLast() == null) {
					return null;
				}
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return segments.isEmpty() ? null : String.join("/", segments);
	}

	/** The relationships part of a part: {@code xl/_rels/workbook.xml.rels}. */
	static String relationshipsPartOf(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	/**
	 * One relationship of a part.
	 *
	 * @param id its id, unique among the part's relationships
	 * @param type its type, a URI
	 * @param target the part (or, when external, the resource) it points at
	 * @param external whether the target lies outside the package
	 */
	record Relationship(String id, String type, String target, boolean external) {

	}

	/**
	 * The relationships of one part, by id; of two with one id (which a package may not
	 * have), the last, as POI keeps it.
	 */
	static final class Relationships {

		static final Relationships NONE = new Relationships(PACKAGE, new TreeMap<>());

		private final String source;

		private final TreeMap<String, Relationship> byId;

		private Relationships(String source, TreeMap<String, Relationship> byId) {
			this.source = source;
			this.byId = byId;
		}

		@Nullable Relationship byId(String id) {
			return this.byId.get(id);
		}

		/**
		 * Of the relationships of the first of the types that has any, the one of the
		 * lowest id, which POI takes for the only one.
		 */
		@Nullable Relationship first(String... types) {
			for (String type : types) {
				for (Relationship relationship : this.byId.values()) {
					if (relationship.type().equals(type)) {
						return relationship;
					}
				}
			}
			return null;
		}

		/** The part the relationship points at, as {@link XlsxPackage#target}. */
		@Nullable String target(Relationship relationship) {
			return XlsxPackage.target(this.source, relationship);
		}

	}

}

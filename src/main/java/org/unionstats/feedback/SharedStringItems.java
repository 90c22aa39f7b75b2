package org.unionstats.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
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

import org.apache.poi.util.TempFile;
import org.jspecify.annotations.Nullable;

/**
 * The {@code <si>} items of a shared-strings table as they are added, held in memory
 * while they are few and in a temporary file once they pass a megabyte: an issue list of
 * a million rows has millions of different texts. A text is shared while it is among the
 * {@value #RECENT} last added, which catches the labels and codes that every row repeats.
 */
final class SharedStringItems implements Closeable {

	private static final int RECENT = 4096;

	private static final int IN_MEMORY_BYTES = 1 << 20;

	private final Map<String, Integer> recent = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
			return size() > RECENT;
		}

	};

	private final ByteArrayOutputStream memory = new ByteArrayOutputStream(4096);

	private Writer items = writer(this.memory);

	private @Nullable Path file;

	private int uses;

	private int unique;

	/** Adds a use of the text; the index of its item. */
	int add(String text) {
		this.uses++;
		Integer index = this.recent.get(text);
		if (index != null) {
			return index;
		}
		try {
			this.items.write("<si><t xml:space=\"preserve\">");
			XmlText.writeEscaped(text, this.items);
			this.items.write("</t></si>");
			if (this.file == null && this.memory.size() > IN_MEMORY_BYTES) {
				spill();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep a shared string in " + this.file, ex);
		}
		this.recent.put(text, this.unique);
		return this.unique++;
	}

	/** How many items there are. */
	int uniqueCount() {
		return this.unique;
	}

	/** How many times items were used. */
	int uses() {
		return this.uses;
	}

	/** The items written so far, without the table around them. */
	InputStream openItems() throws IOException {
		this.items.flush();
		return (this.file != null) ? Files.newInputStream(this.file)
				: new ByteArrayInputStream(this.memory.toByteArray());
	}

	/** The whole table, as its package part holds it. */
	InputStream openTable() throws IOException {
		byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
				+ XlsxLayout.MAIN_NS + "\" count=\"" + this.uses + "\" uniqueCount=\"" + this.unique + "\">")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "</sst>".getBytes(StandardCharsets.UTF_8);
		return new SequenceInputStream(Collections
			.enumeration(List.of(new ByteArrayInputStream(head), openItems(), new ByteArrayInputStream(tail))));
	}

	private void spill() throws IOException {
		Path spilled = TempFile.createTempFile("unionstats-strings", ".xml").toPath();
		this.file = spilled;
		this.items.flush();
		OutputStream out = Files.newOutputStream(spilled);
		try {
			this.memory.writeTo(out);
		}
		catch (IOException ex) {
			out.close();
			throw ex;
		}
		this.memory.reset();
		this.items = writer(out);
	}

	@Override
	public void close() throws IOException {
		try {
			this.items.close();
		}
		finally {
			if (this.file != null) {
				Files.deleteIfExists(this.file);
			}
		}
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

}

package org.unionstats.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamWriter2;
import org.jspecify.annotations.Nullable;

import org.unionstats.workbook.StreamingXml;

/**
 * The shared-strings part of a streamed copy: the original's strings as they were,
 * followed by those of the issue list, which are numbered after them.
 */
final class StreamedSharedStrings {

	private StreamedSharedStrings() {
	}

	/** How many strings a shared-strings part holds, counted, not taken from it. */
	static int count(InputStream part) throws XMLStreamException {
		int count = 0;
		try (StreamingXml xml = new StreamingXml(part)) {
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2 && xml.getLocalName().equals("si")) {
					count++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
		return count;
	}

	/**
	 * Writes the merged part.
	 * @param original the original part, or {@code null} when the workbook had none
	 * @param originalCount how many strings the original holds
	 */
	static void write(@Nullable InputStream original, int originalCount, TempFileSharedStrings added, OutputStream out)
			throws IOException, XMLStreamException {
		if (original == null) {
			added.writeTo(out);
			return;
		}
		try (StreamingXml xml = new StreamingXml(original)) {
			XMLStreamWriter2 writer = XmlStreams.writer(out);
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && ++depth == 1) {
					XmlStreams.startElement(xml, writer);
					String count = xml.getAttributeValue(null, "count");
					XmlStreams.attributes(xml, writer, "count", "uniqueCount");
					if (count != null) {
						writer.writeAttribute("count", Long.toString(Long.parseLong(count.trim()) + added.uses()));
					}
					writer.writeAttribute("uniqueCount", Integer.toString(originalCount + added.size()));
					continue;
				}
				if (event == XMLStreamConstants.END_ELEMENT && depth-- == 1) {
					copyItems(added, writer, xml.getPrefix(), xml.getNamespaceURI());
				}
				XmlStreams.copy(xml, writer);
			}
			writer.close();
		}
	}

	/** Copies the added items in the original's namespace prefix. */
	private static void copyItems(TempFileSharedStrings added, XMLStreamWriter2 writer, @Nullable String prefix,
			String namespace) throws IOException, XMLStreamException {
		byte[] head = ("<sst xmlns=\"" + XlsxLayout.MAIN_NS + "\">").getBytes(StandardCharsets.UTF_8);
		byte[] tail = "</sst>".getBytes(StandardCharsets.UTF_8);
		InputStream items = new SequenceInputStream(Collections
			.enumeration(List.of(new ByteArrayInputStream(head), added.openItems(), new ByteArrayInputStream(tail))));
		try (StreamingXml xml = new StreamingXml(items)) {
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && ++depth > 1) {
					startRenamed(xml, writer, (prefix != null) ? prefix : "", namespace);
				}
				else if (event == XMLStreamConstants.END_ELEMENT && depth-- > 1) {
					writer.writeEndElement();
				}
				else if (depth > 1 && event != XMLStreamConstants.START_ELEMENT
						&& event != XMLStreamConstants.END_ELEMENT) {
					XmlStreams.copy(xml, writer);
				}
			}
		}
	}

	private static void startRenamed(XMLStreamReader in, XMLStreamWriter2 out, String prefix, String namespace)
			throws XMLStreamException {
		String name = in.getLocalName();
		if (XlsxLayout.MAIN_NS.equals(in.getNamespaceURI())) {
			out.writeStartElement(prefix, name, namespace);
		}
		else {
			XmlStreams.startElement(in, out);
		}
		XmlStreams.attributes(in, out);
	}

}

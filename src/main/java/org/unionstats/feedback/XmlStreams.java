package org.unionstats.feedback;

import java.io.OutputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.aalto.stax.OutputFactoryImpl;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writing XML parts as streams with Aalto, and copying what a reader reads to a writer
 * one event at a time, so that no part is ever held whole.
 */
final class XmlStreams {

	private static final OutputFactoryImpl OUTPUT = outputFactory();

	private XmlStreams() {
	}

	private static OutputFactoryImpl outputFactory() {
		OutputFactoryImpl factory = new OutputFactoryImpl();
		// An empty element is written <c/>, as the original most likely had it
		factory.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, true);
		factory.setProperty(XMLOutputFactory2.P_AUTO_CLOSE_OUTPUT, false);
		return factory;
	}

	/** A UTF-8 writer on the stream, which closing the writer leaves open. */
	static XMLStreamWriter2 writer(OutputStream out) throws XMLStreamException {
		return (XMLStreamWriter2) OUTPUT.createXMLStreamWriter(out, "UTF-8");
	}

	/** Writes the reader's current event as it is. */
	static void copy(XMLStreamReader in, XMLStreamWriter2 out) throws XMLStreamException {
		switch (in.getEventType()) {
			case XMLStreamConstants.START_DOCUMENT -> out.writeStartDocument("1.0", "UTF-8", true);
			case XMLStreamConstants.START_ELEMENT -> {
				startElement(in, out);
				attributes(in, out);
			}
			case XMLStreamConstants.END_ELEMENT -> out.writeEndElement();
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
				out.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
			case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
			case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
			case XMLStreamConstants.PROCESSING_INSTRUCTION ->
				out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
			case XMLStreamConstants.END_DOCUMENT -> out.writeEndDocument();
			case XMLStreamConstants.DTD -> throw new XMLStreamException("A DTD in a package part");
			default -> {
				// Entity references are not reported without a DTD; nothing else is
				// written
			}
		}
	}

	/** Writes the reader's current start tag and its namespace declarations. */
	static void startElement(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
		String prefix = in.getPrefix();
		String namespace = in.getNamespaceURI();
		out.writeStartElement((prefix != null) ? prefix : "", in.getLocalName(), (namespace != null) ? namespace : "");
		for (int i = 0; i < in.getNamespaceCount(); i++) {
			String declared = in.getNamespacePrefix(i);
			if (declared == null || declared.isEmpty()) {
				out.writeDefaultNamespace(in.getNamespaceURI(i));
			}
			else {
				out.writeNamespace(declared, in.getNamespaceURI(i));
			}
		}
	}

	/**
	 * Writes the reader's current attributes but those without a namespace named
	 * {@code skipped}.
	 */
	static void attributes(XMLStreamReader in, XMLStreamWriter out, String... skipped) throws XMLStreamException {
		for (int i = 0; i < in.getAttributeCount(); i++) {
			String namespace = in.getAttributeNamespace(i);
			String name = in.getAttributeLocalName(i);
			if (namespace == null || namespace.isEmpty()) {
				if (!skips(skipped, name)) {
					out.writeAttribute(name, in.getAttributeValue(i));
				}
			}
			else {
				out.writeAttribute(in.getAttributePrefix(i), namespace, name, in.getAttributeValue(i));
			}
		}
	}

	private static boolean skips(String[] skipped, String name) {
		for (String skip : skipped) {
			if (skip.equals(name)) {
				return true;
			}
		}
		return false;
	}

}

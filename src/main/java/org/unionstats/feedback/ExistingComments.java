package org.unionstats.feedback;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamWriter2;

import org.unionstats.workbook.StreamingXml;

/**
 * Merges the comments of a streamed sheet into the comments part it already has, as
 * {@link CellAnnotator} does in memory: a cell that has a comment gets one, ours first
 * and its own text below; the others get ours, under our author.
 */
final class ExistingComments {

	/** Excel's limit of a comment's text; more of an own comment is not kept. */
	private static final int MAX_TEXT = 32_767;

	private ExistingComments() {
	}

	/** Whether a comments part has that author (an earlier feedback's, for ours). */
	static boolean hasAuthor(InputStream part, String author) throws XMLStreamException {
		try (StreamingXml xml = new StreamingXml(part)) {
			StringBuilder name = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (xml.getLocalName().equals("commentList")) {
						return false;
					}
					name = xml.getLocalName().equals("author") ? new StringBuilder() : null;
				}
				else if (event == XMLStreamConstants.CHARACTERS && name != null && name.length() < 1000) {
					name.append(xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT && name != null) {
					if (name.toString().equals(author)) {
						return true;
					}
					name = null;
				}
			}
		}
		return false;
	}

	/**
	 * Writes the merged part.
	 * @return the marks that got a comment of their own (and need a shape)
	 */
	static List<CellMark> merge(InputStream part, List<CellMark> marks, OutputStream out) throws XMLStreamException {
		Map<String, CellMark> byCell = new LinkedHashMap<>();
		for (CellMark mark : marks) {
			byCell.put(reference(mark), mark);
		}
		try (StreamingXml xml = new StreamingXml(part)) {
			Merge merge = new Merge(xml, XmlStreams.writer(out), byCell);
			merge.run();
		}
		return new ArrayList<>(byCell.values());
	}

	private static String reference(CellMark mark) {
		return new CellReference(mark.row(), mark.column()).formatAsString(false);
	}

	/** The copying of one part. */
	private static final class Merge {

		private final StreamingXml in;

		private final XMLStreamWriter2 out;

		private final Map<String, CellMark> marks;

		private String prefix = "";

		private String namespace = XlsxLayout.MAIN_NS;

		private int authors;

		private CellMark merging;

		private StringBuilder own;

		private int phonetic;

		private boolean inText;

		Merge(StreamingXml in, XMLStreamWriter2 out, Map<String, CellMark> marks) {
			this.in = in;
			this.out = out;
			this.marks = marks;
		}

		void run() throws XMLStreamException {
			int depth = 0;
			while (this.in.hasNext()) {
				int event = this.in.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					start(++depth);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					end(depth--);
				}
				else if (this.merging != null) {
					collect(event);
				}
				else {
					XmlStreams.copy(this.in, this.out);
				}
			}
			this.out.close();
		}

		private void start(int depth) throws XMLStreamException {
			String name = this.in.getLocalName();
			if (depth == 1) {
				this.prefix = (this.in.getPrefix() != null) ? this.in.getPrefix() : "";
				this.namespace = this.in.getNamespaceURI();
			}
			if (this.merging != null) {
				this.phonetic += name.equals("rPh") ? 1 : 0;
				this.inText = name.equals("t");
				return;
			}
			if (depth == 3 && name.equals("author")) {
				this.authors++;
			}
			if (depth == 3 && name.equals("comment")) {
				String ref = this.in.getAttributeValue(null, "ref");
				this.merging = (ref != null) ? this.marks.remove(ref.trim().toUpperCase(Locale.ROOT)) : null;
				this.own = new StringBuilder();
				this.phonetic = 0;
			}
			XmlStreams.copy(this.in, this.out);
		}

		private void end(int depth) throws XMLStreamException {
			String name = this.in.getLocalName();
			if (this.merging != null && depth > 3) {
				this.phonetic -= name.equals("rPh") ? 1 : 0;
				this.inText = false;
				return;
			}
			if (this.merging != null) {
				writeText(CellAnnotator.text(this.merging.issues()) + "\n\n" + this.own);
				this.merging = null;
			}
			else if (depth == 2 && name.equals("authors")) {
				element("author", CellAnnotator.AUTHOR);
			}
			else if (depth == 2 && name.equals("commentList")) {
				for (CellMark mark : this.marks.values()) {
					this.out.writeStartElement(this.prefix, "comment", this.namespace);
					this.out.writeAttribute("ref", reference(mark));
					this.out.writeAttribute("authorId", Integer.toString(this.authors));
					writeText(CellAnnotator.text(mark.issues()));
					this.out.writeEndElement();
				}
			}
			this.out.writeEndElement();
		}

		private void collect(int event) {
			boolean text = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA;
			if (text && this.inText && this.phonetic == 0 && this.own.length() < MAX_TEXT) {
				this.own.append(this.in.getText(), 0, Math.min(this.in.getTextLength(), MAX_TEXT - this.own.length()));
			}
		}

		private void writeText(String text) throws XMLStreamException {
			this.out.writeStartElement(this.prefix, "text", this.namespace);
			this.out.writeStartElement(this.prefix, "t", this.namespace);
			this.out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
			this.out.writeCharacters(XmlText.clean(text));
			this.out.writeEndElement();
			this.out.writeEndElement();
		}

		private void element(String name, String text) throws XMLStreamException {
			this.out.writeStartElement(this.prefix, name, this.namespace);
			this.out.writeCharacters(text);
			this.out.writeEndElement();
		}

	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes the comments part of a streamed sheet and the legacy (VML) drawing that holds
 * the comments' shapes, as POI writes them for the copy it annotates in memory: the same
 * texts, author, note size and look.
 */
final class CommentParts {

	static final String COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";

	static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

	static final String COMMENTS_RELATIONSHIP = XlsxLayout.RELATIONSHIPS_NS + "/comments";

	static final String VML_RELATIONSHIP = XlsxLayout.RELATIONSHIPS_NS + "/vmlDrawing";

	private static final SpreadsheetVersion VERSION = SpreadsheetVersion.EXCEL2007;

	/** The shape type of a note, which each note shape refers to. */
	static final String NOTE_SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
			+ " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
			+ "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

	private static final String VML_HEAD = "<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\""
			+ " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
			+ "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>" + NOTE_SHAPE_TYPE;

	private static final String VML_SHAPE = "<v:shape id=\"_x0000_s%d\" type=\"#_x0000_t202\""
			+ " style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
			+ "<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
			+ "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>"
			+ "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
			+ "<x:Anchor>%d, 0, %d, 0, %d, 0, %d, 0</x:Anchor><x:AutoFill>False</x:AutoFill>"
			+ "<x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>";

	private CommentParts() {
	}

	static void writeComments(List<CellMark> marks, OutputStream out) throws XMLStreamException {
		XMLStreamWriter2 xml = XmlStreams.writer(out);
		xml.writeStartDocument("1.0", "UTF-8", true);
		xml.writeStartElement("", "comments", XlsxLayout.MAIN_NS);
		xml.writeDefaultNamespace(XlsxLayout.MAIN_NS);
		xml.writeStartElement(XlsxLayout.MAIN_NS, "authors");
		xml.writeEmptyElement(XlsxLayout.MAIN_NS, "author");
		xml.writeStartElement(XlsxLayout.MAIN_NS, "author");
		xml.writeCharacters(CellAnnotator.AUTHOR);
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement(XlsxLayout.MAIN_NS, "commentList");
		for (CellMark mark : marks) {
			xml.writeStartElement(XlsxLayout.MAIN_NS, "comment");
			xml.writeAttribute("ref", new CellReference(mark.row(), mark.column()).formatAsString(false));
			xml.writeAttribute("authorId", "1");
			xml.writeStartElement(XlsxLayout.MAIN_NS, "text");
			xml.writeStartElement(XlsxLayout.MAIN_NS, "t");
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
			xml.writeCharacters(XmlText.clean(CellAnnotator.text(mark.issues())));
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	/**
	 * The hidden note shape of a mark, anchored where {@link CellAnnotator} anchors it.
	 */
	static String shape(int id, CellMark mark) {
		int lastColumn = Math.min(mark.column() + 4, VERSION.getLastColumnIndex());
		int lastRow = Math.min(mark.row() + 6, VERSION.getLastRowIndex());
		return String.format(Locale.ROOT, VML_SHAPE, id, mark.column(), mark.row(), lastColumn, lastRow, mark.row(),
				mark.column());
	}

	/** The note shapes, anchored where {@link CellAnnotator} anchors them. */
	static void writeDrawing(List<CellMark> marks, OutputStream out) throws IOException {
		Writer vml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		vml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		vml.write(VML_HEAD);
		int id = 1025;
		for (CellMark mark : marks) {
			vml.write(shape(id++, mark));
		}
		vml.write("</xml>");
		vml.flush();
	}

}

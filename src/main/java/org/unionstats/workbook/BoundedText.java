package org.unionstats.workbook;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Collects the text of an element up to {@link CellValue#MAX_TEXT_LENGTH} characters,
 * counting while reading and dropping the rest, so no cell can hold more than Excel
 * itself allows.
 */
final class BoundedText {

	static final int MAX_LENGTH = CellValue.MAX_TEXT_LENGTH;

	private final StringBuilder text = new StringBuilder();

	private boolean truncated;

	/**
	 * Appends the text up to the end of the current element, which must have just
	 * started; the reader is left on its end tag.
	 */
	BoundedText appendElement(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("Unexpected end of document");
				default -> {
					// Comments and processing instructions are not text.
				}
			}
		}
		return this;
	}

	private void append(char[] characters, int start, int length) {
		if (this.truncated) {
			return;
		}
		int room = MAX_LENGTH - this.text.length();
		if (length <= room) {
			this.text.append(characters, start, length);
			return;
		}
		this.truncated = true;
		// Never keep half of a surrogate pair: it would read as a broken character.
		int kept = (room > 0 && Character.isHighSurrogate(characters[start + room - 1])) ? room - 1 : room;
		this.text.append(characters, start, Math.max(kept, 0));
	}

	boolean truncated() {
		return this.truncated;
	}

	String text() {
		return this.text.toString();
	}

}

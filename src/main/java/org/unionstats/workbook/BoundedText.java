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

	/** The text while it came in one piece, as most cells' text does: no copy. */
	private String single;

	/** The text once a second piece came. */
	private StringBuilder text;

	private int length;

	private boolean truncated;

	/**
	 * Appends the text up to the end of the current element, which must have just
	 * started; the reader is left on its end tag.
	 */
	BoundedText appendElement(XMLStreamReader xml) throws XMLStreamException {
		walkElement(xml, (text) -> append(text.getTextCharacters(), text.getTextStart(), text.getTextLength()));
		return this;
	}

	/**
	 * Skips the text up to the end of the current element, which must have just started,
	 * keeping none of it.
	 * @return whether the text was longer than the limit
	 */
	static boolean skipElement(XMLStreamReader xml) throws XMLStreamException {
		long[] length = { 0 };
		walkElement(xml, (text) -> length[0] += text.getTextLength());
		return length[0] > MAX_LENGTH;
	}

	/**
	 * Walks to the end tag of the current element, which must have just started, handing
	 * each run of text inside it (nested elements included) to {@code text}.
	 */
	private static void walkElement(XMLStreamReader xml, TextRun text) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					text.read(xml);
				case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("Unexpected end of document");
				default -> {
					// Comments and processing instructions are not text.
				}
			}
		}
	}

	/** What is done with a run of text: the reader stands on it. */
	@FunctionalInterface
	private interface TextRun {

		void read(XMLStreamReader xml) throws XMLStreamException;

	}

	private void append(char[] characters, int start, int count) {
		if (this.truncated) {
			return;
		}
		int room = MAX_LENGTH - this.length;
		int kept = count;
		if (count > room) {
			this.truncated = true;
			// Never keep half of a surrogate pair: it would read as a broken character.
			kept = (room > 0 && Character.isHighSurrogate(characters[start + room - 1])) ? room - 1 : room;
		}
		if (this.single == null && this.text == null) {
			this.single = new String(characters, start, kept);
		}
		else {
			if (this.text == null) {
				this.text = new StringBuilder(this.single);
			}
			this.text.append(characters, start, kept);
		}
		this.length += kept;
	}

	boolean truncated() {
		return this.truncated;
	}

	String text() {
		if (this.text != null) {
			return this.text.toString();
		}
		return (this.single != null) ? this.single : "";
	}

}

package org.unionstats.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an .xlsx shared-strings table with StAX, refusing tables longer than the cap.
 */
final class SharedStringsReader {

	/**
	 * The table is held in memory, so its XML is capped too: a few entries of huge text
	 * would pass the entry cap yet fill the heap. A real table averages well under this
	 * many bytes an entry (markup included).
	 */
	static final int MAX_BYTES_PER_STRING = 64;

	private SharedStringsReader() {
	}

	static List<String> read(InputStream in, int maxStrings) throws XMLStreamException {
		long maxBytes = (long) maxStrings * MAX_BYTES_PER_STRING;
		XMLStreamReader xml = XlsxWorkbookSource.XML.createXMLStreamReader(new BoundedInputStream(in, maxBytes));
		List<String> strings = new ArrayList<>();
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
					if (strings.size() >= maxStrings) {
						throw WorkbookReadException.tooLarge("strings", maxStrings, "Too many shared strings");
					}
					strings.add(readText(xml, "si"));
				}
			}
		}
		finally {
			xml.close();
		}
		return strings;
	}

	/**
	 * Concatenates the {@code t} elements up to the end of {@code container}, leaving out
	 * phonetic runs ({@code rPh}), which Excel does not display.
	 */
	static String readText(XMLStreamReader xml, String container) throws XMLStreamException {
		StringBuilder text = null;
		String single = null;
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if ("rPh".equals(name)) {
					phonetic++;
				}
				else if ("t".equals(name) && phonetic == 0) {
					String part = xml.getElementText();
					if (single == null && text == null) {
						single = part;
					}
					else {
						if (text == null) {
							text = new StringBuilder(single);
						}
						text.append(part);
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if ("rPh".equals(name)) {
					phonetic--;
				}
				else if (container.equals(name)) {
					break;
				}
			}
		}
		if (text != null) {
			return text.toString();
		}
		return (single != null) ? single : "";
	}

	/** Fails the read once more than the cap has come through. */
	private static final class BoundedInputStream extends FilterInputStream {

		private final long max;

		private long count;

		BoundedInputStream(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b >= 0) ? 1 : 0);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.count += n;
			if (this.count > this.max) {
				throw WorkbookReadException.tooLarge("text", this.max, "Shared strings over " + this.max + " bytes");
			}
		}

	}

}

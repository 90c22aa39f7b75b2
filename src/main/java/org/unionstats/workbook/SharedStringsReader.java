package org.unionstats.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an .xlsx shared-strings table with StAX, cutting each entry at Excel's limit and
 * refusing tables longer than the cap.
 */
final class SharedStringsReader {

	/**
	 * The table is held in memory, so its XML is capped too: entries each under Excel's
	 * limit, but many, would pass the per-text cut yet fill the heap. A real table
	 * averages well under this many bytes an entry (markup included).
	 */
	static final int MAX_BYTES_PER_STRING = 64;

	private SharedStringsReader() {
	}

	static SharedStrings read(InputStream in, int maxStrings) throws XMLStreamException {
		long maxBytes = (long) maxStrings * MAX_BYTES_PER_STRING;
		List<String> strings = new ArrayList<>();
		BitSet truncated = new BitSet();
		try (StreamingXml xml = new StreamingXml(new BoundedInputStream(in, maxBytes))) {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
					if (strings.size() >= maxStrings) {
						throw WorkbookReadException.tooLarge("strings", maxStrings, "Too many shared strings");
					}
					BoundedText text = readText(xml, "si");
					truncated.set(strings.size(), text.truncated());
					strings.add(decode(text.text()));
				}
			}
		}
		return new SharedStrings(strings, truncated);
	}

	/**
	 * Concatenates the {@code t} elements up to the end of {@code container}, leaving out
	 * phonetic runs ({@code rPh}), which Excel does not display.
	 */
	static BoundedText readText(XMLStreamReader xml, String container) throws XMLStreamException {
		BoundedText text = new BoundedText();
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if ("rPh".equals(name)) {
					phonetic++;
				}
				else if ("t".equals(name) && phonetic == 0) {
					text.appendElement(xml);
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
		return text;
	}

	/**
	 * Undoes the {@code _xHHHH_} escapes with which Excel stores characters XML cannot
	 * carry (control characters) and a literal {@code _x} ({@code _x005F_}), as Excel and
	 * POI read them.
	 */
	static String decode(String text) {
		int at = text.indexOf("_x");
		if (at < 0) {
			return text;
		}
		StringBuilder decoded = new StringBuilder(text.length());
		int copied = 0;
		for (; at >= 0; at = text.indexOf("_x", at + 1)) {
			if (at < copied || !isEscape(text, at)) {
				continue;
			}
			decoded.append(text, copied, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
			copied = at + 7;
		}
		return decoded.append(text, copied, text.length()).toString();
	}

	private static boolean isEscape(String text, int at) {
		if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
			return false;
		}
		for (int i = at + 2; i < at + 6; i++) {
			if (Character.digit(text.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
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

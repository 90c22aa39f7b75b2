package org.unionstats.workbook;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.util.StreamReaderDelegate;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;

/**
 * A pull reader over Aalto's non-blocking parser, fed from a stream in fixed chunks.
 * <p>
 * Aalto's blocking reader holds a whole text node in memory before handing out any of it,
 * so one cell of hundreds of millions of characters exhausts the heap. Fed a chunk at a
 * time, the parser reports text in pieces no longer than a chunk, which
 * {@link BoundedText} counts and cuts.
 * <p>
 * That parser reads UTF-8 (and ASCII) only: a part in UTF-16, which ECMA-376 allows but
 * Excel never writes, is unreadable, and the message for it says to save the file again
 * in Excel.
 */
public final class StreamingXml extends StreamReaderDelegate implements AutoCloseable {

	private static final int CHUNK = 64 * 1024;

	private final InputStream in;

	private final AsyncXMLStreamReader<AsyncByteArrayFeeder> xml;

	private final byte[] buffer = new byte[CHUNK];

	private int event = XMLStreamConstants.START_DOCUMENT;

	/**
	 * A reader of the stream with the hardened factory of the workbook reader (no DTDs,
	 * no external entities); closing it closes the stream.
	 */
	public StreamingXml(InputStream in) {
		this(in, XlsxWorkbookSource.XML.createAsyncForByteArray());
	}

	private StreamingXml(InputStream in, AsyncXMLStreamReader<AsyncByteArrayFeeder> xml) {
		super(xml);
		this.in = in;
		this.xml = xml;
	}

	@Override
	public int next() throws XMLStreamException {
		int next = this.xml.next();
		while (next == AsyncXMLStreamReader.EVENT_INCOMPLETE) {
			feed();
			next = this.xml.next();
		}
		this.event = next;
		return next;
	}

	@Override
	public boolean hasNext() {
		return this.event != XMLStreamConstants.END_DOCUMENT;
	}

	/** Whole texts are what the non-blocking parser exists to avoid: use BoundedText. */
	@Override
	public String getElementText() {
		throw new UnsupportedOperationException("Read element text with BoundedText");
	}

	private void feed() throws XMLStreamException {
		int read;
		try {
			read = this.in.read(this.buffer);
		}
		catch (IOException ex) {
			throw new XMLStreamException(ex);
		}
		if (read < 0) {
			this.xml.getInputFeeder().endOfInput();
		}
		else {
			this.xml.getInputFeeder().feedInput(this.buffer, 0, read);
		}
	}

	@Override
	public void close() throws XMLStreamException {
		try {
			this.xml.close();
		}
		finally {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// A read-only stream: nothing is lost.
			}
		}
	}

}

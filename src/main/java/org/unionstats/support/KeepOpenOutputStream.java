package org.unionstats.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose {@code close} only flushes: for a writer that closes what it is given
 * (Jackson, a transformer) where the stream underneath must stay open, such as a zip
 * entry with more to come or a channel still to be forced to disk.
 */
public final class KeepOpenOutputStream extends FilterOutputStream {

	public KeepOpenOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}

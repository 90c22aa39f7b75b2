package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds note shapes to a legacy drawing that a sheet already has, before its closing tag,
 * with shape ids after the highest it uses.
 * <p>
 * The part is handled as bytes, not parsed: Excel writes VML that is not always
 * well-formed XML. It is read twice, once to find where the shapes go, so it is never
 * held whole.
 */
final class ExistingNoteShapes {

	private static final Pattern SHAPE_ID = Pattern.compile("_x0000_s(\\d{1,9})(?=\\D)");

	private static final String CLOSING = "</xml";

	private static final int CARRY = 32;

	private ExistingNoteShapes() {
	}

	/** Where the shapes go and what the part already holds. */
	record Scan(long closing, int highestId, boolean hasNoteType) {

	}

	interface Source {

		InputStream open() throws IOException;

	}

	static void append(Source part, List<CellMark> marks, OutputStream out) throws IOException {
		Scan scan;
		try (InputStream in = part.open()) {
			scan = scan(in);
		}
		if (scan.closing() < 0) {
			throw new IOException("A legacy drawing without its closing tag");
		}
		try (InputStream in = part.open()) {
			copy(in, out, scan.closing());
			StringBuilder shapes = new StringBuilder();
			if (!scan.hasNoteType()) {
				shapes.append(CommentParts.NOTE_SHAPE_TYPE);
			}
			int id = Math.max(scan.highestId(), 1024) + 1;
			for (CellMark mark : marks) {
				shapes.append(CommentParts.shape(id++, mark));
			}
			out.write(shapes.toString().getBytes(StandardCharsets.US_ASCII));
			in.transferTo(out);
		}
	}

	private static Scan scan(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		String carry = "";
		long consumed = 0;
		long closing = -1;
		int highest = 0;
		boolean type = false;
		int read;
		while ((read = in.read(buffer)) >= 0) {
			// One char a byte: the markup searched for is ASCII in every encoding VML
			// comes in
			String text = carry + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
			long start = consumed - carry.length();
			int found = text.lastIndexOf(CLOSING);
			if (found >= 0) {
				closing = start + found;
			}
			Matcher id = SHAPE_ID.matcher(text);
			while (id.find()) {
				highest = Math.max(highest, Integer.parseInt(id.group(1)));
			}
			type |= text.contains("id=\"_x0000_t202\"");
			consumed += read;
			carry = text.substring(Math.max(0, text.length() - CARRY));
		}
		return new Scan(closing, highest, type);
	}

	private static void copy(InputStream in, OutputStream out, long length) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long left = length;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new IOException("A legacy drawing shorter than it was");
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

}

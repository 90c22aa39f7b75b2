package org.unionstats.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collision-free name a file is stored under once it leaves the inbox:
 * {@code <modified yyyyMMdd-HHmmss UTC>-<first 8 hex of SHA-256>-<original name>}, kept
 * short enough that the feedback beside it ({@code <stored name>.校验结果.xlsx}) still fits
 * the file system's 255-byte name limit: the original part is shortened, its extension
 * kept.
 */
final class StoredName {

	/**
	 * ext4, XFS and NTFS (in UTF-16 units, which this is well within) allow 255 bytes.
	 */
	static final int NAME_LIMIT_BYTES = 255;

	/** Room for the longest suffix added to a stored name: {@code .校验结果.xlsx}. */
	static final int SUFFIX_ROOM_BYTES = 24;

	static final int MAX_BYTES = NAME_LIMIT_BYTES - SUFFIX_ROOM_BYTES;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	/** A stored name with a mark, e.g. {@code 20261206-164519-01234567-d2-广安门外.xlsx}. */
	private static final Pattern MARKED = Pattern.compile("(\\d{8}-\\d{6}-[^-]{1,8}-)(d\\d+)-(.*)", Pattern.DOTALL);

	/** An extension longer than this is not one worth keeping whole. */
	private static final int MAX_EXTENSION_CHARS = 8;

	private StoredName() {
	}

	/**
	 * The stored name of a file.
	 * @param modified the file's modification time
	 * @param hash the file's SHA-256 in hex, or a short marker when it is not known
	 * @param mark what else tells this copy apart (e.g. {@code d2-} for a second
	 * duplicate), or empty
	 * @param originalName the name the file was dropped under
	 */
	public static String of(Instant modified, String hash, String mark, String originalName) {
		String prefix = STAMP.format(modified) + "-" + hash.substring(0, Math.min(8, hash.length())) + "-" + mark;
		return prefix + shortened(originalName, MAX_BYTES - utf8Length(prefix));
	}

	/**
	 * The mark a stored name was given by {@link #of} (e.g. {@code d2} for a second
	 * duplicate), or empty. A name dropped as {@code d2-x.xlsx} is no mark: the rest of
	 * the stored name must be the original name, as {@code of} shortened it.
	 */
	public static String markOf(String storedName, String originalName) {
		Matcher marked = MARKED.matcher(storedName);
		if (marked.matches()) {
			String prefix = marked.group(1) + marked.group(2) + "-";
			if (marked.group(3).equals(shortened(originalName, MAX_BYTES - utf8Length(prefix)))) {
				return marked.group(2);
			}
		}
		return "";
	}

	/**
	 * The name cut to at most {@code maxBytes} of UTF-8, never inside a character,
	 * keeping its extension.
	 */
	static String shortened(String name, int maxBytes) {
		if (utf8Length(name) <= maxBytes) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION_CHARS + 1) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		String marker = "~";
		int room = maxBytes - utf8Length(extension) - marker.length();
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int i = 0; i < base.length();) {
			int codePoint = base.codePointAt(i);
			int bytes = utf8Length(new String(Character.toChars(codePoint)));
			if (used + bytes > room) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += bytes;
			i += Character.charCount(codePoint);
		}
		return kept + marker + extension;
	}

	static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}

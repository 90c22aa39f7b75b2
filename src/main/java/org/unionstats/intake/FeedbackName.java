package org.unionstats.intake;

import java.time.Instant;

import org.unionstats.people.LocalTimes;

/**
 * The name the feedback files of a processed file share, before their extension: the
 * original name first, so a clerk finds the feedback by the name they gave the file, then
 * {@code .校验结果.}, the file's modification time in the clerk's zone and what keeps the
 * name unique (the first 8 hex of the SHA-256, and the mark of a duplicate), e.g.
 * {@code 广安门外街道-2018.xlsx.校验结果.20261207-0045-01234567}. With any extension the name fits
 * the file system's 255 bytes: a long original part is shortened, its extension kept.
 */
final class FeedbackName {

	static final String RESULT = ".校验结果.";

	/** The longest extension a feedback file gets: {@code .xlsx}, {@code .json}. */
	private static final int EXTENSION_ROOM_BYTES = ".xlsx".length();

	private FeedbackName() {
	}

	/**
	 * The name for a file stored under {@code storedName}, whose bytes have the hash
	 * {@code sha256}.
	 */
	static String of(String originalName, String storedName, String sha256, Instant modified, LocalTimes times) {
		String mark = StoredName.markOf(storedName, originalName);
		String unique = sha256.substring(0, Math.min(8, sha256.length())) + (mark.isEmpty() ? "" : "-" + mark);
		String suffix = RESULT + times.stamp(modified) + "-" + unique;
		int room = StoredName.NAME_LIMIT_BYTES - StoredName.utf8Length(suffix) - EXTENSION_ROOM_BYTES;
		return StoredName.shortened(originalName, room) + suffix;
	}

}

package org.unionstats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Tells whether an inbox path still holds the very file that was claimed: same size,
 * modification time and SHA-256. A Windows copy may keep the old modification time, so
 * the hash has the last word.
 */
final class ClaimedVersion {

	private ClaimedVersion() {
	}

	static boolean isStill(Path file, long size, Instant modified, String sha256) throws IOException {
		return hasSizeAndTime(file, size, modified) && sha256.equals(sha256(file));
	}

	/**
	 * Whether the path is a regular file (not followed if a link) of that size and
	 * modification time (to the millisecond, as claims record it).
	 */
	static boolean hasSizeAndTime(Path file, long size, Instant modified) {
		try {
			BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return now.isRegularFile() && now.size() == size
					&& now.lastModifiedTime().toMillis() == modified.toEpochMilli();
		}
		catch (IOException ex) {
			return false;
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.unionstats.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives a file written for people (a template, feedback, a report) ordinary read
 * permissions, {@code rw-r--r--}: a temporary file is created owner-only, and a
 * federation's share or a colleague's account reads as someone else.
 */
public final class ReadableFiles {

	static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

	private ReadableFiles() {
	}

	/** Sets the permissions where the file system has POSIX ones (not on Windows). */
	public static void forPeople(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(file, READABLE);
		}
	}

}

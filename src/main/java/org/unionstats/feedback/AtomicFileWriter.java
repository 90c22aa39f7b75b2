package org.unionstats.feedback;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.unionstats.people.ReadableFiles;

/**
 * Writes a file through a temporary file and an atomic rename, so a reader sees the old
 * file or the new one, never a part. The temporary file goes in a scratch folder on the
 * same file system, one a crash cannot leave it in for readers to find.
 */
final class AtomicFileWriter {

	private AtomicFileWriter() {
	}

	/**
	 * Writes the body to a fresh file in the scratch folder that then replaces the
	 * target.
	 */
	static void write(Path target, Path scratchFolder, Body body) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.createDirectories(scratchFolder);
		Path temp = scratchFile(scratchFolder);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				try (OutputStream out = new KeepOpenOutputStream(Channels.newOutputStream(channel))) {
					body.writeTo(out);
				}
				channel.force(true);
			}
			// The federation's share reads as someone else, whatever the service's umask
			ReadableFiles.forPeople(temp);
			move(temp, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new hidden name in the folder; short, because original names can be long. */
	static Path scratchFile(Path folder) {
		return folder.resolve(".feedback-" + UUID.randomUUID() + ".tmp");
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// Some network shares cannot rename atomically; replacing is the best they
			// offer
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** What goes into the file. */
	@FunctionalInterface
	interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Lets a body close its stream (Jackson does) without closing the channel that is
	 * still to be forced to disk.
	 */
	private static final class KeepOpenOutputStream extends FilterOutputStream {

		KeepOpenOutputStream(OutputStream out) {
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

}

package org.unionstats.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.unionstats.people.ReadableFiles;

/**
 * Files that replace their targets whole, so a reader sees the old file or the new one,
 * never a part: each is written under a temporary name on the same file system, forced to
 * disk, made readable by people and renamed over its target. One file at a time
 * ({@link #write}), or several that appear together ({@link #temporaryFor} then
 * {@link #commit}).
 */
public final class AtomicFiles implements AutoCloseable {

	private final Map<Path, Path> pending = new LinkedHashMap<>();

	/**
	 * Writes the body to a fresh file in the scratch folder that then replaces the
	 * target. The scratch folder may be one a crash cannot leave the file in for readers
	 * to find, or the target's own folder (the name is hidden and ends in {@code .tmp}).
	 */
	public static void write(Path target, Path scratchFolder, Body body) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.createDirectories(scratchFolder);
		Path temporary = scratchFile(scratchFolder);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				try (OutputStream out = new KeepOpenOutputStream(Channels.newOutputStream(channel))) {
					body.writeTo(out);
				}
				channel.force(true);
			}
			moveIntoPlace(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A new hidden name in the folder; short, because original names can be long. */
	public static Path scratchFile(Path folder) {
		return folder.resolve(".unionstats-" + UUID.randomUUID() + ".tmp");
	}

	/**
	 * A temporary file beside {@code target}, to be renamed over it by {@link #commit()}.
	 */
	public Path temporaryFor(Path target) {
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		this.pending.put(temporary, target);
		return temporary;
	}

	/** Moves every complete temporary file over its target. */
	public void commit() throws IOException {
		for (Map.Entry<Path, Path> entry : this.pending.entrySet()) {
			try (FileChannel channel = FileChannel.open(entry.getKey(), StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			moveIntoPlace(entry.getKey(), entry.getValue());
		}
		this.pending.clear();
	}

	/** Removes whatever was not committed. */
	@Override
	public void close() {
		for (Path temporary : this.pending.keySet()) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ex) {
				// Best effort: a stray temporary file is harmless and named as such.
			}
		}
		this.pending.clear();
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		// Read by federations and municipal staff, whatever the service's umask
		ReadableFiles.forPeople(temporary);
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// Some network shares cannot rename atomically; replacing is the best they
			// offer
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** What goes into the file. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

}

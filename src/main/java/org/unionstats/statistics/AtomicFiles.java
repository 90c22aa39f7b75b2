package org.unionstats.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.unionstats.people.ReadableFiles;

/**
 * Files written under temporary names in their target folder and renamed over the targets
 * only once all are complete, so a reader never sees a half-written report.
 */
final class AtomicFiles implements AutoCloseable {

	private final Map<Path, Path> pending = new LinkedHashMap<>();

	/**
	 * A temporary file beside {@code target}, to be renamed over it by {@link #commit()}.
	 */
	Path temporaryFor(Path target) {
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		this.pending.put(temporary, target);
		return temporary;
	}

	void commit() {
		try {
			for (Map.Entry<Path, Path> entry : this.pending.entrySet()) {
				// Read by municipal staff, whatever the service's umask
				ReadableFiles.forPeople(entry.getKey());
				Files.move(entry.getKey(), entry.getValue(), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
			}
			this.pending.clear();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move the report into place", ex);
		}
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

}

package org.unionstats.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder of the drop zone holds, as the tests compare it.
 */
public final class FilesUnder {

	private FilesUnder() {
	}

	/**
	 * The regular files below the folder, as sorted paths relative to it; none when the
	 * folder does not exist.
	 */
	public static List<String> list(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> folder.relativize(file).toString())
				.sorted()
				.toList();
		}
	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class AtomicFileWriterTests {

	@TempDir
	Path dir;

	@Test
	void whileTheFileIsWrittenNothingButTheOldFileIsInItsFolder() throws IOException {
		Path folder = this.dir.resolve("feedback/110102014");
		Path scratch = this.dir.resolve(".work/7");
		Path target = folder.resolve("a.json");
		Files.createDirectories(folder);
		Files.writeString(target, "old");
		AtomicFileWriter.write(target, scratch, (out) -> {
			assertThat(names(folder)).containsExactly("a.json");
			assertThat(names(scratch)).hasSize(1).allMatch((name) -> name.endsWith(".tmp"));
			out.write("new".getBytes(StandardCharsets.UTF_8));
		});
		assertThat(Files.readString(target)).isEqualTo("new");
		assertThat(names(scratch)).isEmpty();
	}

	@Test
	void aBodyThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
		Path target = this.dir.resolve("feedback/a.json");
		Path scratch = this.dir.resolve(".work/7");
		Files.createDirectories(target.getParent());
		Files.writeString(target, "old");
		assertThatIOException().isThrownBy(() -> AtomicFileWriter.write(target, scratch, (out) -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertThat(Files.readString(target)).isEqualTo("old");
		assertThat(names(scratch)).isEmpty();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}

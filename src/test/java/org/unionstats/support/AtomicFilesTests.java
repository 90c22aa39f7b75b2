package org.unionstats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one way the project replaces a file for people: one at a time, or several together.
 */
class AtomicFilesTests {

	@TempDir
	Path dir;

	@Test
	void whileTheFileIsWrittenNothingButTheOldFileIsInItsFolder() throws IOException {
		Path folder = this.dir.resolve("feedback/110102014");
		Path scratch = this.dir.resolve(".work/7");
		Path target = folder.resolve("a.json");
		Files.createDirectories(folder);
		Files.writeString(target, "old");
		AtomicFiles.write(target, scratch, (out) -> {
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
		assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, scratch, (out) -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertThat(Files.readString(target)).isEqualTo("old");
		assertThat(names(scratch)).isEmpty();
	}

	@Test
	void aWrittenFileIsReadableByOthersWhateverTheUmask() throws IOException {
		Path target = this.dir.resolve("a.json");
		AtomicFiles.write(target, this.dir, (out) -> out.write('x'));
		assumeTrue(Files.getFileAttributeView(target, PosixFileAttributeView.class) != null);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
		assertThat(names(this.dir)).containsExactly("a.json");
	}

	@Test
	void filesCommittedTogetherReplaceTheirTargetsOnlyAtTheCommit() throws IOException {
		Path workbook = this.dir.resolve("report.xlsx");
		Path csv = this.dir.resolve("report.csv");
		Files.writeString(workbook, "old workbook");
		try (AtomicFiles files = new AtomicFiles()) {
			Files.writeString(files.temporaryFor(workbook), "new workbook");
			Files.writeString(files.temporaryFor(csv), "new csv");
			assertThat(Files.readString(workbook)).isEqualTo("old workbook");
			assertThat(csv).doesNotExist();

			files.commit();
		}
		assertThat(Files.readString(workbook)).isEqualTo("new workbook");
		assertThat(Files.readString(csv)).isEqualTo("new csv");
		assertThat(names(this.dir)).containsExactly("report.csv", "report.xlsx");
	}

	@Test
	void filesNeverCommittedLeaveTheOldTargetsAndNoTemporaryFile() throws IOException {
		Path workbook = this.dir.resolve("report.xlsx");
		Files.writeString(workbook, "old workbook");
		try (AtomicFiles files = new AtomicFiles()) {
			Files.writeString(files.temporaryFor(workbook), "half a workbook");
		}
		assertThat(Files.readString(workbook)).isEqualTo("old workbook");
		assertThat(names(this.dir)).containsExactly("report.xlsx");
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}

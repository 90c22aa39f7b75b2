package org.unionstats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions every package of the main sources keeps.
 */
class PackageConventionsTests {

	private static final Path MAIN = Path.of("src/main/java/org/unionstats");

	@Test
	void everyPackageIsNullMarked() throws IOException {
		try (Stream<Path> folders = Files.walk(MAIN)) {
			List<Path> packages = folders.filter(Files::isDirectory)
				.filter(PackageConventionsTests::holdsJava)
				.toList();

			assertThat(packages).hasSizeGreaterThan(10)
				.allSatisfy((folder) -> assertThat(read(folder.resolve("package-info.java"))).as(folder.toString())
					.contains("@NullMarked"));
		}
	}

	@Test
	void everythingLogsThroughSlf4j() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".java")))
				.allSatisfy((file) -> assertThat(read(file)).as(file.toString())
					.doesNotContain("import java.util.logging")
					.doesNotContain("import org.apache.commons.logging")
					.doesNotContain("import org.apache.logging.log4j"));
		}
	}

	private static boolean holdsJava(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch((file) -> file.toString().endsWith(".java"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.unionstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge that was once copied, and drifted, has one home in the main sources.
 */
class OneHomeTests {

	private static final Path MAIN = Path.of("src/main/java/org/unionstats");

	@Test
	void onlyIndependentTransactionsStartsATransactionOfItsOwn() throws IOException {
		assertThat(sourcesMatching(Pattern.compile("REQUIRES_NEW")))
			.containsExactly(MAIN.resolve("support/IndependentTransactions.java"));
	}

	@Test
	void onlyAtomicFilesMovesAFileOverAnother() throws IOException {
		assertThat(sourcesMatching(Pattern.compile("Files\\.move\\([^;]*REPLACE_EXISTING")))
			.containsExactly(MAIN.resolve("support/AtomicFiles.java"));
	}

	@Test
	void onlyPeriodSaysWhatAPeriodLooksLike() throws IOException {
		assertThat(sourcesMatching(Pattern.compile("is not a period")))
			.containsExactly(MAIN.resolve("registry/Period.java"));
	}

	private static List<Path> sourcesMatching(Pattern pattern) throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> pattern.matcher(read(file)).find())
				.sorted()
				.toList();
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

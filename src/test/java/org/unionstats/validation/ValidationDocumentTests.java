package org.unionstats.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/validation.md} ends with every issue code's messages exactly as the message
 * bundles give them, so the document a federation or an operator reads never drifts from
 * what the product says.
 */
class ValidationDocumentTests {

	private static final Path DOCUMENT = Path.of("docs", "validation.md");

	static final String MARKER = "<!-- Generated from the message bundles by ValidationDocumentTests; refresh with:"
			+ " ./mvnw test -Dtest=ValidationDocumentTests -Dvalidation.document.write=true -->";

	private static final Object[] ZH = { "", "‹列›", "‹值›", "‹…›", "‹…›", "‹…›", "‹…›", "‹…›" };

	private static final Object[] EN = { "", "‹column›", "‹value›", "‹…›", "‹…›", "‹…›", "‹…›", "‹…›" };

	@Test
	void docsValidationMdListsEveryCodeWithTheMessagesTheProductGives() throws IOException {
		String committed = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		assertThat(committed).contains(MARKER);
		String generated = committed.substring(0, committed.indexOf(MARKER)) + MARKER + "\n" + messages();
		if (Boolean.getBoolean("validation.document.write")) {
			Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
			committed = generated;
		}

		assertThat(committed)
			.as("docs/validation.md is out of date; refresh it with: ./mvnw test "
					+ "-Dtest=ValidationDocumentTests -Dvalidation.document.write=true")
			.isEqualTo(generated);
	}

	private static String messages() throws IOException {
		MessageBundle bundle = MessageBundle.load(IssueMessages.BASE_NAME);
		StringBuilder table = new StringBuilder("""

				## Every message
				What a federation reads for each code (`‹列›` / `‹column›` is the column or label, `‹值›` /
				`‹value›` the value found, `‹…›` a detail such as a limit, a count or a name; the sheet and
				cell come first, as `工会服务站!D7：`). A code with variants (`CODE.variant`) words the
				same problem for its case.

				| code | severity | 中文 | English |
				|---|---|---|---|
				""");
		for (String key : new TreeSet<>(bundle.chineseKeys())) {
			IssueCode code = IssueCode.valueOf(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
			table.append("| `%s` | %s | %s | %s |%n".formatted(key, code.severity(),
					cell(bundle.chinesePattern(key), ZH), cell(bundle.englishPattern(key), EN)));
		}
		return table.toString();
	}

	private static String cell(String pattern, Object[] placeholders) {
		return new MessageFormat(pattern, Locale.ROOT).format(placeholders).replace("|", "\\|").replace("\n", " ");
	}

}

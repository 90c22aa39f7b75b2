package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.unionstats.validation.Issue;

/**
 * Writes the issues of a processed file as pretty-printed UTF-8 JSON, for machines.
 */
final class FeedbackJsonWriter {

	private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	void write(FeedbackRequest request, Path target) throws IOException {
		AtomicFileWriter.write(target, (out) -> write(request, out));
	}

	void write(FeedbackRequest request, OutputStream out) {
		this.mapper.writeValue(out, document(request));
	}

	static Document document(FeedbackRequest request) {
		List<JsonIssue> issues = request.issues().stream().map(FeedbackJsonWriter::issue).toList();
		return new Document(request.originalName(), request.federationCode(), request.period(), request.verdict(),
				request.sha256(), request.errors(), request.warnings(), issues);
	}

	private static JsonIssue issue(Issue issue) {
		return new JsonIssue(issue.code().name(), issue.severity().name(), issue.sheet(), issue.cellRef(), issue.row(),
				issue.column(), issue.value(), new Message(issue.messageZh(), issue.messageEn()));
	}

	/** The JSON document, field order as the contract lists it. */
	record Document(String file, @Nullable String federationCode, @Nullable String period, Verdict verdict,
			@Nullable String sha256, int errors, int warnings, List<JsonIssue> issues) {

	}

	/** One issue in the JSON document. */
	record JsonIssue(String code, String severity, @Nullable String sheet, @Nullable String cell, @Nullable Integer row,
			@Nullable String column, @Nullable String value, Message message) {

	}

	/** A message in both languages, keyed by language tag. */
	record Message(@JsonProperty("zh-CN") String zhCn, String en) {

	}

}

package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.unionstats.support.AtomicFiles;
import org.unionstats.validation.Issue;

/**
 * Writes the issues of a processed file as pretty-printed UTF-8 JSON, for machines, one
 * issue at a time.
 */
final class FeedbackJsonWriter {

	private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	void write(FeedbackRequest request, Path target, Path scratchFolder) throws IOException {
		AtomicFiles.write(target, scratchFolder, (out) -> write(request, out));
	}

	/** Writes the document, its fields in the order the contract lists them. */
	void write(FeedbackRequest request, OutputStream out) {
		try (JsonGenerator json = this.mapper.createGenerator(out);
				Stream<Issue> issues = request.issues().inReportingOrder()) {
			json.writeStartObject();
			json.writeStringProperty("file", request.originalName());
			json.writeStringProperty("federationCode", request.federationCode());
			json.writeStringProperty("period", request.period());
			json.writePOJOProperty("verdict", request.verdict());
			json.writeStringProperty("sha256", request.sha256());
			json.writeNumberProperty("errors", request.errors());
			json.writeNumberProperty("warnings", request.warnings());
			json.writeArrayPropertyStart("issues");
			issues.forEachOrdered((issue) -> json.writePOJO(issue(issue)));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static JsonIssue issue(Issue issue) {
		return new JsonIssue(issue.code().name(), issue.severity().name(), issue.sheet(), issue.cellRef(), issue.row(),
				issue.column(), issue.value(), new Message(issue.messageZh(), issue.messageEn()));
	}

	/** One issue in the JSON document. */
	record JsonIssue(String code, String severity, @Nullable String sheet, @Nullable String cell, @Nullable Integer row,
			@Nullable String column, @Nullable String value, Message message) {

	}

	/** A message in both languages, keyed by language tag. */
	record Message(@JsonProperty("zh-CN") String zhCn, String en) {

	}

}

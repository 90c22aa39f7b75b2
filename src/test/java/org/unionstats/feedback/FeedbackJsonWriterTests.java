package org.unionstats.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.unionstats.UnionStatsProperties;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.feedback.FeedbackWriterTests.request;
import static org.unionstats.feedback.TestWorkbooks.STATIONS;
import static org.unionstats.feedback.TestWorkbooks.cellIssue;
import static org.unionstats.feedback.TestWorkbooks.fileIssue;

class FeedbackJsonWriterTests {

	@TempDir
	Path folder;

	@Test
	void jsonReadsBackWithEveryIssueAndChineseIntact() throws IOException {
		Path original = TestWorkbooks.xlsx(this.folder, 10);
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "=1+1");
		Issue sum = new Issue(IssueCode.ORG_SUM, IssueCode.ORG_SUM.severity(), "基本情况", null, 10, "工会组织数", "2135",
				"其中各项之和 2167 与工会组织数 2135 不符", "The four counts sum to 2167, not 2135");
		Issue closed = fileIssue(IssueCode.PERIOD_CLOSED, "报送期 2017 已关闭", "Period 2017 is closed");
		Path json = this.folder.resolve("out/广安门外街道2017.xlsx.校验结果.json");

		new FeedbackWriter(UnionStatsProperties.defaults(Path.of("drop"))).write(
				request(original, Verdict.REJECTED, List.of(area, sum, closed), 10), this.folder.resolve("out/f.xlsx"),
				json, this.folder.resolve("work"));

		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertThat(text).contains("面积超出范围：=1+1").contains("\n  \"file\"");
		JsonNode root = JsonMapper.shared().readTree(text);
		assertThat(root.get("file").asString()).isEqualTo("广安门外街道2017.xlsx");
		assertThat(root.get("federationCode").asString()).isEqualTo("110102020");
		assertThat(root.get("period").asString()).isEqualTo("2017");
		assertThat(root.get("verdict").asString()).isEqualTo("REJECTED");
		assertThat(root.get("sha256").asString()).isEqualTo("ab".repeat(32));
		assertThat(root.get("errors").asInt()).isEqualTo(2);
		assertThat(root.get("warnings").asInt()).isEqualTo(1);
		JsonNode issues = root.get("issues");
		assertThat(issues).hasSize(3);
		assertIssue(issues.get(0), area);
		assertIssue(issues.get(1), sum);
		assertIssue(issues.get(2), closed);
		assertThat(issues.get(2).get("sheet").isNull()).isTrue();
		assertThat(issues.get(2).get("row").isNull()).isTrue();
	}

	@Test
	void streamedJsonIsByteForByteTheDocumentMappedWhole() {
		Issue area = cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "=1+1");
		Issue closed = fileIssue(IssueCode.PERIOD_CLOSED, "报送期 2017 已关闭", "Period 2017 is closed");
		FeedbackRequest some = new FeedbackRequest(this.folder.resolve("x.xlsx"), "x.xlsx", null, null, null,
				Verdict.REJECTED, List.of(area, closed), 0);
		FeedbackRequest none = request(this.folder.resolve("y.xlsx"), Verdict.ACCEPTED, List.of(), 10);

		for (FeedbackRequest request : List.of(some, none)) {
			ByteArrayOutputStream streamed = new ByteArrayOutputStream();
			new FeedbackJsonWriter().write(request, streamed);

			assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(mappedWhole(request));
		}
	}

	/**
	 * The document as the writer made it before it streamed: one object, mapped whole.
	 */
	private static String mappedWhole(FeedbackRequest request) {
		List<WholeIssue> issues;
		try (Stream<Issue> stream = request.issues().inReportingOrder()) {
			issues = stream
				.map((issue) -> new WholeIssue(issue.code().name(), issue.severity().name(), issue.sheet(),
						issue.cellRef(), issue.row(), issue.column(), issue.value(),
						new WholeMessage(issue.messageZh(), issue.messageEn())))
				.toList();
		}
		return JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValueAsString(new WholeDocument(request.originalName(), request.federationCode(), request.period(),
					request.verdict(), request.sha256(), request.errors(), request.warnings(), issues));
	}

	private static void assertIssue(JsonNode node, Issue issue) {
		assertThat(node.get("code").asString()).isEqualTo(issue.code().name());
		assertThat(node.get("severity").asString()).isEqualTo(issue.severity().name());
		assertThat(textOrNull(node.get("sheet"))).isEqualTo(issue.sheet());
		assertThat(textOrNull(node.get("cell"))).isEqualTo(issue.cellRef());
		assertThat(node.get("row").isNull() ? null : node.get("row").asInt()).isEqualTo(issue.row());
		assertThat(textOrNull(node.get("column"))).isEqualTo(issue.column());
		assertThat(textOrNull(node.get("value"))).isEqualTo(issue.value());
		assertThat(node.get("message").get("zh-CN").asString()).isEqualTo(issue.messageZh());
		assertThat(node.get("message").get("en").asString()).isEqualTo(issue.messageEn());
	}

	private static String textOrNull(JsonNode node) {
		return node.isNull() ? null : node.asString();
	}

	record WholeDocument(String file, String federationCode, String period, Verdict verdict, String sha256, int errors,
			int warnings, List<WholeIssue> issues) {

	}

	record WholeIssue(String code, String severity, String sheet, String cell, Integer row, String column, String value,
			WholeMessage message) {

	}

	record WholeMessage(@JsonProperty("zh-CN") String zhCn, String en) {

	}

}

package org.unionstats.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.unionstats.approval.FederationApprovals;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.template.TemplateGenerator;
import org.unionstats.users.ConsoleUser;

/**
 * {@code /periods/{period}/federations/{code}}: every file of the federation for the
 * period with its verdict and issues, the feedback and original downloads, the profile
 * figures, the review state (and a return's comment), and the template download.
 */
@ConsoleController
class FederationController {

	private final JdbcClient jdbc;

	private final ScopeGuard scope;

	private final FederationApprovals approvals;

	private final TemplateGenerator templates;

	FederationController(JdbcClient jdbc, ScopeGuard scope, FederationApprovals approvals,
			TemplateGenerator templates) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.approvals = approvals;
		this.templates = templates;
	}

	@GetMapping("/periods/{period}/federations/{code}")
	String federation(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		ConsoleUser user = signedIn.user();
		Period parsed = this.scope.period(period);
		FederationEntry federation = this.scope.federation(user, code);
		List<Map<String, Object>> submissions = this.jdbc.sql(ConsoleSql.named("federation-submissions"))
			.param("federation", code)
			.param("period", parsed.text())
			.query()
			.listOfRows();
		model.addAttribute("user", user);
		model.addAttribute("period", parsed.text());
		model.addAttribute("federation", federation);
		model.addAttribute("submissions", submissions);
		model.addAttribute("issues", issuesOf(submissions));
		model.addAttribute("profile",
				this.jdbc.sql(ConsoleSql.named("federation-profile"))
					.param("period", parsed.text())
					.param("federation", code)
					.query()
					.listOfRows()
					.stream()
					.findFirst()
					.orElse(null));
		model.addAttribute("approval", this.approvals.stateOf(code, parsed).orElse(null));
		model.addAttribute("returned", this.approvals.returned(code, parsed).orElse(null));
		model.addAttribute("reviewer", ScopeGuard.reviewsFederationsOf(user, federation.districtCode()));
		model.addAttribute("seesDistrict",
				user.role().seesWholeCity() || ScopeGuard.reviewsFederationsOf(user, federation.districtCode()));
		return "console/federation";
	}

	private Map<Object, List<Map<String, Object>>> issuesOf(List<Map<String, Object>> submissions) {
		if (submissions.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(ConsoleSql.named("submission-issues"))
			.param("submissions", submissions.stream().map((s) -> s.get("submission_id")).toList())
			.query()
			.listOfRows()
			.stream()
			.collect(Collectors.groupingBy((issue) -> issue.get("submission_id"), LinkedHashMap::new,
					Collectors.toList()));
	}

	@GetMapping("/periods/{period}/federations/{code}/submissions/{id}/feedback")
	ResponseEntity<Resource> feedback(@PathVariable String period, @PathVariable String code, @PathVariable long id,
			@AuthenticationPrincipal SignedInUser signedIn) {
		Map<String, Object> file = submissionFile(period, code, id, signedIn);
		Path path = Path.of(String.valueOf(file.get("feedback_path")));
		return FileDownload.of(path, path.getFileName().toString());
	}

	@GetMapping("/periods/{period}/federations/{code}/submissions/{id}/original")
	ResponseEntity<Resource> original(@PathVariable String period, @PathVariable String code, @PathVariable long id,
			@AuthenticationPrincipal SignedInUser signedIn) {
		Map<String, Object> file = submissionFile(period, code, id, signedIn);
		return FileDownload.of(Path.of(String.valueOf(file.get("placed_path"))),
				String.valueOf(file.get("original_name")));
	}

	@GetMapping("/periods/{period}/federations/{code}/template")
	ResponseEntity<Resource> template(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn) throws IOException {
		Period parsed = this.scope.period(period);
		this.scope.federation(signedIn.user(), code);
		// A template is small: written to a temporary file, sent from memory, deleted.
		Path folder = Files.createTempDirectory("unionstats-template");
		try {
			Path file = this.templates.writeOne(code, parsed, folder).file();
			byte[] bytes = Files.readAllBytes(file);
			deleteQuietly(file);
			return FileDownload.of(bytes, TemplateGenerator.fileName(code, parsed));
		}
		finally {
			deleteQuietly(folder);
		}
	}

	private Map<String, Object> submissionFile(String period, String code, long id, SignedInUser signedIn) {
		this.scope.period(period);
		this.scope.federation(signedIn.user(), code);
		Map<String, Object> file = this.jdbc.sql(ConsoleSql.named("submission-file"))
			.param("submission", id)
			.param("federation", code)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ScopeGuard::notFound);
		if (file.get("feedback_path") == null && file.get("placed_path") == null) {
			throw ScopeGuard.notFound();
		}
		return file;
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// A temporary file left behind is harmless; the download is not.
		}
	}

}

package org.unionstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.Period;
import org.unionstats.statistics.ReportPaths;
import org.unionstats.users.ConsoleUser;

/**
 * {@code /periods/{period}/report}: the statistics report of the period and its CSVs, as
 * the last statistics run wrote them, for the whole-city roles.
 */
@ConsoleController
class ReportController {

	private final ScopeGuard scope;

	private final Path dropRoot;

	ReportController(ScopeGuard scope, UnionStatsProperties properties) {
		this.scope = scope;
		this.dropRoot = properties.dropRoot();
	}

	@GetMapping("/periods/{period}/report")
	String report(@PathVariable String period, @AuthenticationPrincipal SignedInUser signedIn, Model model) {
		Period parsed = periodFor(signedIn.user(), period);
		model.addAttribute("user", signedIn.user());
		model.addAttribute("period", parsed.text());
		model.addAttribute("files", filesOf(parsed));
		return "console/report";
	}

	@GetMapping("/periods/{period}/report/{name}")
	ResponseEntity<Resource> download(@PathVariable String period, @PathVariable String name,
			@AuthenticationPrincipal SignedInUser signedIn) {
		Period parsed = periodFor(signedIn.user(), period);
		// Only a file the listing offers: never a path the request makes up.
		if (!filesOf(parsed).contains(name)) {
			throw ScopeGuard.notFound();
		}
		return FileDownload.of(directory(parsed).resolve(name), name);
	}

	private Period periodFor(ConsoleUser user, String period) {
		Period parsed = this.scope.period(period);
		if (!user.role().seesWholeCity()) {
			throw ScopeGuard.notFound();
		}
		return parsed;
	}

	private Path directory(Period period) {
		return ReportPaths.under(this.dropRoot, period).directory();
	}

	private List<String> filesOf(Period period) {
		Path directory = directory(period);
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".xlsx") || name.endsWith(".csv"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

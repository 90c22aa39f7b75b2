package org.unionstats.console;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.unionstats.intake.FailedFilesReport;
import org.unionstats.intake.UnknownFolders;

/**
 * {@code /runs} (ingest and statistics runs with counts and why one failed) and
 * {@code /files} (files failed or waiting, unknown inbox folders), for ADMIN.
 */
@ConsoleController
class OperationsController {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final FailedFilesReport failedFiles;

	private final UnknownFolders unknownFolders;

	OperationsController(JdbcClient jdbc, FailedFilesReport failedFiles, UnknownFolders unknownFolders) {
		this.jdbc = jdbc;
		this.failedFiles = failedFiles;
		this.unknownFolders = unknownFolders;
	}

	@GetMapping("/runs")
	String runs(@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		model.addAttribute("user", signedIn.user());
		model.addAttribute("runs", this.jdbc.sql(ConsoleSql.named("runs")).query().listOfRows());
		return "console/runs";
	}

	@GetMapping("/files")
	String files(@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		model.addAttribute("user", signedIn.user());
		model.addAttribute("waiting", this.failedFiles.waiting(LIMIT));
		model.addAttribute("setAside", this.failedFiles.setAside(LIMIT));
		model.addAttribute("unknown", this.unknownFolders.lines());
		model.addAttribute("skipped", this.unknownFolders.skippedLines());
		return "console/files";
	}

}

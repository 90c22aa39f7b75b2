package org.unionstats.console;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.unionstats.registry.Period;
import org.unionstats.users.ConsoleUser;

/**
 * {@code /periods/{period}/districts/{code}}: the district's federations with their
 * state, last file and issue counts, and the review buttons for those who review them.
 */
@ConsoleController
class DistrictController {

	private final JdbcClient jdbc;

	private final ScopeGuard scope;

	DistrictController(JdbcClient jdbc, ScopeGuard scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	@GetMapping("/periods/{period}/districts/{code}")
	String district(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, Model model) {
		ConsoleUser user = signedIn.user();
		Period parsed = this.scope.period(period);
		Map<String, Object> district = this.scope.district(user, code);
		List<Map<String, Object>> federations = this.jdbc.sql(ConsoleSql.named("district-federations"))
			.param("period", parsed.text())
			.param("district", code)
			.query()
			.listOfRows();
		List<Map<String, Object>> summary = this.jdbc.sql(ConsoleSql.named("overview-districts"))
			.param("period", parsed.text())
			.param("district", code)
			.query()
			.listOfRows();
		model.addAttribute("user", user);
		model.addAttribute("period", parsed.text());
		model.addAttribute("district", district);
		model.addAttribute("summary", summary.isEmpty() ? null : summary.get(0));
		model.addAttribute("federations", federations);
		model.addAttribute("reviewer", ScopeGuard.reviewsFederationsOf(user, code));
		model.addAttribute("districtApprover", ScopeGuard.approvesDistricts(user));
		return "console/district";
	}

}

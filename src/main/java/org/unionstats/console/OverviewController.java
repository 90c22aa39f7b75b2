package org.unionstats.console;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.unionstats.registry.Period;
import org.unionstats.users.ConsoleUser;
import org.unionstats.users.Role;

/**
 * {@code /} and {@code /periods/{period}}: completeness by district with a bar of
 * reported against expected, the deadline and the time left, and the city's totals by
 * facility type with the comparable change.
 */
@ConsoleController
class OverviewController {

	private final JdbcClient jdbc;

	private final ScopeGuard scope;

	private final ConsoleTimes times;

	private final ReadOnlyQueries queries;

	private final MunicipalTotals totals;

	OverviewController(JdbcClient jdbc, ScopeGuard scope, ConsoleTimes times, ReadOnlyQueries queries,
			MunicipalTotals totals) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.times = times;
		this.queries = queries;
		this.totals = totals;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser signedIn) {
		String period = this.jdbc.sql(ConsoleSql.named("current-period"))
			.query(String.class)
			.optional()
			.orElse(String.valueOf(LocalDate.now().getYear()));
		return "redirect:" + start(signedIn.user(), period);
	}

	@GetMapping("/periods/{period}")
	String overview(@PathVariable String period, @AuthenticationPrincipal SignedInUser signedIn, Model model) {
		ConsoleUser user = signedIn.user();
		Period parsed = this.scope.period(period);
		if (user.role() == Role.FEDERATION) {
			return "redirect:" + start(user, parsed.text());
		}
		Map<String, Object> info = this.jdbc.sql(ConsoleSql.named("period"))
			.param("period", parsed.text())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		model.addAttribute("user", user);
		model.addAttribute("period", parsed.text());
		model.addAttribute("startsOn", parsed.startsOn());
		model.addAttribute("endsOn", parsed.endsOn());
		model.addAttribute("deadline", info.get("deadline"));
		model.addAttribute("closed", info.get("closed_at") != null);
		model.addAttribute("daysLeft", daysLeft(info.get("deadline")));
		this.queries.read(() -> {
			model.addAttribute("districts",
					this.jdbc.sql(ConsoleSql.named("overview-districts"))
						.param("period", parsed.text())
						.param("district", (user.role() == Role.DISTRICT) ? user.districtCode() : null)
						.query()
						.listOfRows());
			model.addAttribute("totals", user.role().seesWholeCity() ? this.totals.of(parsed) : List.of());
			return null;
		});
		return "console/overview";
	}

	private Long daysLeft(Object deadline) {
		if (deadline instanceof Date date) {
			return ChronoUnit.DAYS.between(this.times.today(), date.toLocalDate());
		}
		return null;
	}

	private static String start(ConsoleUser user, String period) {
		if (user.role() == Role.FEDERATION) {
			return "/periods/" + period + "/federations/" + user.federationCode();
		}
		if (user.role() == Role.DISTRICT) {
			return "/periods/" + period + "/districts/" + user.districtCode();
		}
		return "/periods/" + period;
	}

}

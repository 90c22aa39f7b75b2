package org.unionstats.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.unionstats.approval.ApprovalDesk;
import org.unionstats.approval.ApprovalRefused;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.users.ConsoleUser;

/**
 * The review buttons: a district approves, returns (with a comment) or withdraws the
 * approval of a federation's accepted submission; the city approves or reopens a
 * district. Each answers with a redirect to the district's page and a one-line outcome.
 */
@ConsoleController
class ReviewController {

	private final ScopeGuard scope;

	private final ApprovalDesk desk;

	ReviewController(ScopeGuard scope, ApprovalDesk desk) {
		this.scope = scope;
		this.desk = desk;
	}

	@PostMapping("/periods/{period}/federations/{code}/approve")
	String approve(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		return onFederation(period, code, signedIn, redirect, "已审核通过 / approved",
				(user, parsed) -> this.desk.approve(user.username(), parsed, code));
	}

	@PostMapping("/periods/{period}/federations/{code}/return")
	String returnForCorrection(@PathVariable String period, @PathVariable String code,
			@RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal SignedInUser signedIn,
			RedirectAttributes redirect) {
		return onFederation(period, code, signedIn, redirect, "已退回 / returned",
				(user, parsed) -> this.desk.returnForCorrection(user.username(), parsed, code, comment));
	}

	@PostMapping("/periods/{period}/federations/{code}/withdraw")
	String withdraw(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		return onFederation(period, code, signedIn, redirect, "已撤回审核 / approval withdrawn",
				(user, parsed) -> this.desk.withdraw(user.username(), parsed, code));
	}

	@PostMapping("/periods/{period}/districts/{code}/approve")
	String approveDistrict(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		return onDistrict(period, code, signedIn, redirect, "全区已经市审核通过 / district approved",
				(user, parsed) -> this.desk.approveDistrict(user.username(), parsed, code));
	}

	@PostMapping("/periods/{period}/districts/{code}/reopen")
	String reopenDistrict(@PathVariable String period, @PathVariable String code,
			@AuthenticationPrincipal SignedInUser signedIn, RedirectAttributes redirect) {
		return onDistrict(period, code, signedIn, redirect, "已重新开放本区审核 / district reopened",
				(user, parsed) -> this.desk.reopenDistrict(user.username(), parsed, code));
	}

	private String onFederation(String period, String code, SignedInUser signedIn, RedirectAttributes redirect,
			String done, Step step) {
		ConsoleUser user = signedIn.user();
		Period parsed = this.scope.period(period);
		FederationEntry federation = this.scope.federation(user, code);
		ScopeGuard.require(ScopeGuard.reviewsFederationsOf(user, federation.districtCode()));
		take(step, user, parsed, redirect, federation.name() + "：" + done);
		return "redirect:/periods/" + parsed.text() + "/districts/" + federation.districtCode();
	}

	private String onDistrict(String period, String code, SignedInUser signedIn, RedirectAttributes redirect,
			String done, Step step) {
		ConsoleUser user = signedIn.user();
		Period parsed = this.scope.period(period);
		Object name = this.scope.district(user, code).get("district_name");
		ScopeGuard.require(ScopeGuard.approvesDistricts(user));
		take(step, user, parsed, redirect, name + "：" + done);
		return "redirect:/periods/" + parsed.text() + "/districts/" + code;
	}

	private static void take(Step step, ConsoleUser user, Period period, RedirectAttributes redirect, String done) {
		try {
			step.take(user, period);
			redirect.addFlashAttribute("notice", done);
		}
		catch (ApprovalRefused ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
	}

	@FunctionalInterface
	private interface Step {

		void take(ConsoleUser user, Period period);

	}

}

package org.unionstats.approval;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.workbook.TemplateV1;

/**
 * What the review says about a new workbook of a federation for a period, when the
 * submission is decided (in the transaction that merges it, so the database is asked
 * once, and a failure to ask is the pass's, not the file's): approved figures refuse it
 * (PERIOD_APPROVED), a return's comment is passed on (PERIOD_RETURNED).
 */
@Component
public class ReviewGate {

	private static final String PERIOD_LABEL = "报送期";

	private final FederationApprovals approvals;

	private final IssueMessages messages;

	ReviewGate(FederationApprovals approvals, IssueMessages messages) {
		this.approvals = approvals;
		this.messages = messages;
	}

	public List<Issue> issuesFor(String federationCode, Period period) {
		List<Issue> issues = new ArrayList<>();
		if (this.approvals.isApproved(federationCode, period)) {
			issues.add(this.messages.issue(IssueCode.PERIOD_APPROVED, TemplateV1.PROFILE_SHEET, null, null,
					PERIOD_LABEL, period.text()));
		}
		this.approvals.returned(federationCode, period)
			.ifPresent((note) -> issues.add(this.messages.issue(IssueCode.PERIOD_RETURNED, TemplateV1.PROFILE_SHEET,
					null, null, PERIOD_LABEL, period.text(), note.comment(), note.returnedBy())));
		return issues;
	}

}

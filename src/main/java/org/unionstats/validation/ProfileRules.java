package org.unionstats.validation;

import java.util.List;
import java.util.Optional;

import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodType;
import org.unionstats.workbook.HeaderMatcher;
import org.unionstats.workbook.SpecialWorkFigures;
import org.unionstats.workbook.SubmissionProfile;

/**
 * Checks the profile against the registry, the deployment's periods and itself (the
 * organisation sum, members and visits).
 */
final class ProfileRules {

	private final IssueMessages messages;

	ProfileRules(IssueMessages messages) {
		this.messages = messages;
	}

	/**
	 * Applies the rules.
	 * @return the period when it is valid, accepted and open, else {@code null}
	 */
	Period check(ProfileSheetReader.ProfileReading reading, ValidationContext context, List<Issue> issues) {
		SubmissionProfile profile = reading.profile();
		Located at = new Located(reading);
		checkFederation(profile, at, context, issues);
		Period period = checkPeriod(profile.period(), at.of("period"), context, issues);
		checkSums(profile, at, issues);
		return period;
	}

	private void checkFederation(SubmissionProfile profile, Located at, ValidationContext context, List<Issue> issues) {
		String code = profile.federationCode();
		if (code == null) {
			return;
		}
		CellChecker.CellLocation codeCell = at.of("federation_code");
		if (context.folderCode() != null && !context.folderCode().equals(code)) {
			issues.add(issue(IssueCode.FEDERATION_NOT_OWNER, codeCell, "街道代码", code, context.folderCode()));
		}
		Optional<FederationEntry> entry = context.directory().find(code);
		if (entry.isEmpty()) {
			issues.add(issue(IssueCode.FEDERATION_UNKNOWN, codeCell, "街道代码", code));
			return;
		}
		FederationEntry federation = entry.get();
		String district = profile.districtName();
		if (district != null && !same(district, federation.districtName())) {
			issues.add(issue(IssueCode.DISTRICT_MISMATCH, at.of("district_name"), "所属区", district,
					federation.districtName(), code));
		}
		String name = profile.federationName();
		if (name != null && !same(name, federation.name())) {
			issues.add(issue(IssueCode.NAME_MISMATCH, at.of("federation_name"), "街道名称", name, federation.name()));
		}
	}

	private Period checkPeriod(String text, CellChecker.CellLocation cell, ValidationContext context,
			List<Issue> issues) {
		if (text == null) {
			return null;
		}
		Optional<Period> parsed = Period.parse(text);
		if (parsed.isEmpty()) {
			issues.add(issue(IssueCode.PERIOD_INVALID, cell, "报送期", CellChecker.abbreviate(text)));
			return null;
		}
		Period period = parsed.get();
		if (!context.acceptsPeriodType(period.type())) {
			issues.add(this.messages.issueVariant(IssueCode.PERIOD_INVALID, "notAccepted", cell.sheet(),
					cell.reference(), cell.row(), "报送期", text, acceptedExamples(context)));
			return null;
		}
		if (context.isClosed(period)) {
			issues.add(issue(IssueCode.PERIOD_CLOSED, cell, "报送期", period.text()));
			return null;
		}
		return period;
	}

	private void checkSums(SubmissionProfile profile, Located at, List<Issue> issues) {
		Integer orgs = profile.unionOrgs();
		Integer[] parts = { profile.grassrootsCommittees(), profile.communityJointUnions(),
				profile.industryJointUnions(), profile.jointUnionGroups() };
		if (orgs != null && allPresent(parts)) {
			long sum = (long) parts[0] + parts[1] + parts[2] + parts[3];
			if (sum != orgs) {
				issues.add(issue(IssueCode.ORG_SUM, at.of("union_orgs"), "工会组织数", orgs.toString(), sum, parts[0],
						parts[1], parts[2], parts[3]));
			}
		}
		Integer members = profile.members();
		if (members != null) {
			exceeds(profile.appRegistered(), members, at.of("app_registered"), "APP注册会员数", issues);
			exceeds(profile.activityMembers(), members, at.of("activity_members"), "活动参与会员数", issues);
		}
		checkSpecialWork(profile.specialWork(), at, issues);
		Integer visits = profile.activityVisits();
		Integer activityMembers = profile.activityMembers();
		if (visits != null && activityMembers != null && visits < activityMembers) {
			issues.add(issue(IssueCode.VISITS_BELOW_MEMBERS, at.of("activity_visits"), "活动参与人次", visits.toString(),
					activityMembers));
		}
	}

	private void checkSpecialWork(SpecialWorkFigures work, Located at, List<Issue> issues) {
		if (work == null) {
			return;
		}
		Integer reached = work.driveFirmsReached();
		Integer intending = work.driveFirmsIntending();
		if (reached != null && intending != null && intending > reached) {
			issues.add(issue(IssueCode.DRIVE_INTENTS_EXCEEDED, at.of("drive_firms_intending"), "双沟通：建会意向企业数",
					intending.toString(), reached));
		}
		Integer firms = work.unionisedFirms();
		if (firms != null) {
			exceedsFirms(work.collectiveContractFirms(), firms, at.of("collective_contract_firms"), "签订集体合同企业数",
					issues);
			exceedsFirms(work.workersCongressFirms(), firms, at.of("workers_congress_firms"), "建立职代会制度企业数", issues);
		}
	}

	private void exceedsFirms(Integer value, int firms, CellChecker.CellLocation cell, String label,
			List<Issue> issues) {
		if (value != null && value > firms) {
			issues.add(issue(IssueCode.FIRMS_EXCEEDED, cell, label, value.toString(), firms));
		}
	}

	private void exceeds(Integer value, int members, CellChecker.CellLocation cell, String label, List<Issue> issues) {
		if (value != null && value > members) {
			issues.add(issue(IssueCode.MEMBERS_EXCEEDED, cell, label, value.toString(), members));
		}
	}

	private Issue issue(IssueCode code, CellChecker.CellLocation cell, String label, String value, Object... args) {
		return this.messages.issue(code, cell.sheet(), cell.reference(), cell.row(), label, value, args);
	}

	private static String acceptedExamples(ValidationContext context) {
		StringBuilder examples = new StringBuilder();
		String[] samples = { "2017", "2017-H1", "2017-Q3", "2017-12" };
		for (PeriodType type : PeriodType.values()) {
			if (context.acceptsPeriodType(type)) {
				examples.append((examples.length() > 0) ? "、" : "").append(samples[type.ordinal()]);
			}
		}
		return examples.toString();
	}

	private static boolean allPresent(Integer[] values) {
		for (Integer value : values) {
			if (value == null) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(String a, String b) {
		return HeaderMatcher.normalize(a).equals(HeaderMatcher.normalize(b));
	}

	/** The value cells of the profile's fields. */
	private record Located(ProfileSheetReader.ProfileReading reading) {

		CellChecker.CellLocation of(String key) {
			return this.reading.locations().get(key);
		}

	}

}

package org.unionstats.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionstats.UnionStatsProperties;
import org.unionstats.validation.ClosingItem;
import org.unionstats.validation.FacilityItem;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.ProfileItem;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.validation.ValidatingReader;
import org.unionstats.validation.ValidationContext;

/**
 * Everything read from one submission, collected for assertions.
 *
 * @param profile the first item
 * @param facilities the facility items
 * @param closing the last item
 */
public record SubmissionReading(ProfileItem profile, List<FacilityItem> facilities, ClosingItem closing) {

	private static final IssueMessages MESSAGES = new IssueMessages();

	public static SubmissionReading read(Path file, ValidationContext context) {
		return read(file, context, UnionStatsProperties.defaults(file.getParent()));
	}

	public static SubmissionReading read(Path file, ValidationContext context, UnionStatsProperties settings) {
		try (ValidatingReader reader = new SubmissionValidator(settings, MESSAGES).open(file, context)) {
			ProfileItem profile = (ProfileItem) reader.next();
			List<FacilityItem> facilities = new ArrayList<>();
			SubmissionItem item = reader.next();
			while (item instanceof FacilityItem facility) {
				facilities.add(facility);
				item = reader.next();
			}
			ClosingItem closing = (ClosingItem) item;
			if (reader.next() != null) {
				throw new IllegalStateException("Items after the closing item");
			}
			return new SubmissionReading(profile, facilities, closing);
		}
	}

	/** Every issue, in the order reported. */
	public List<Issue> issues() {
		List<Issue> issues = new ArrayList<>(this.profile.issues());
		this.facilities.forEach((item) -> issues.addAll(item.issues()));
		issues.addAll(this.closing.issues());
		return issues;
	}

	public List<Issue> issues(IssueCode code) {
		return issues().stream().filter((issue) -> issue.code() == code).toList();
	}

	public List<IssueCode> codes() {
		return issues().stream().map(Issue::code).toList();
	}

	public boolean hasErrors() {
		return issues().stream().anyMatch(Issue::isError);
	}

}

package org.unionstats.validation;

/**
 * One item read from a submission: the profile first, then each facility row, then the
 * closing issues.
 */
public sealed interface SubmissionItem permits ProfileItem, FacilityItem, ClosingItem {

	/** The issues carried by this item. */
	java.util.List<Issue> issues();

}

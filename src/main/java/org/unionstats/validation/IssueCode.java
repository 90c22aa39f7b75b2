package org.unionstats.validation;

/**
 * The stable issue codes of the validation contract, each with its fixed severity.
 */
public enum IssueCode {

	FILE_FORMAT(Severity.ERROR), FILE_ENCRYPTED(Severity.ERROR), FILE_UNREADABLE(Severity.ERROR),
	FILE_TOO_LARGE(Severity.ERROR), TEMPLATE_VERSION(Severity.ERROR), SHEET_MISSING(Severity.ERROR),
	SHEET_DUPLICATE(Severity.ERROR), COLUMN_MISSING(Severity.ERROR), FEDERATION_UNKNOWN(Severity.ERROR),
	FEDERATION_NOT_OWNER(Severity.ERROR), DISTRICT_MISMATCH(Severity.ERROR), NAME_MISMATCH(Severity.WARNING),
	PERIOD_INVALID(Severity.ERROR), PERIOD_CLOSED(Severity.ERROR), PERIOD_APPROVED(Severity.ERROR),
	PERIOD_RETURNED(Severity.INFO), DUPLICATE_FILE(Severity.INFO),

	VALUE_REQUIRED(Severity.ERROR), VALUE_TYPE(Severity.ERROR), VALUE_RANGE(Severity.ERROR),
	VALUE_TOO_LONG(Severity.ERROR), VALUE_CHARACTERS(Severity.ERROR), VALUE_ENUM(Severity.ERROR),
	LIST_VALUE_UNKNOWN(Severity.WARNING), FORMULA_ERROR(Severity.ERROR), CODE_FORMAT(Severity.ERROR),
	CODE_DUPLICATE(Severity.ERROR), DATE_FUTURE(Severity.ERROR), DATE_ORDER(Severity.ERROR),
	TOTAL_ROW_MISMATCH(Severity.WARNING),

	ORG_SUM(Severity.WARNING), MEMBERS_EXCEEDED(Severity.ERROR), VISITS_BELOW_MEMBERS(Severity.WARNING),
	DRIVE_INTENTS_EXCEEDED(Severity.ERROR), FIRMS_EXCEEDED(Severity.ERROR),

	COUNT_SWING(Severity.WARNING), FACILITY_RENAMED(Severity.WARNING), FACILITY_CLAIMED_ELSEWHERE(Severity.WARNING),
	PROFILE_UNCHANGED(Severity.WARNING), CLASS_BEFORE_PERIOD(Severity.WARNING);

	private final Severity severity;

	IssueCode(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

}

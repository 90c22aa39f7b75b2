package org.unionstats.approval;

/**
 * Where a federation's accepted submission for a period stands in its review, least
 * advanced first.
 */
public enum ApprovalState {

	RETURNED("returned", "已退回"), PROVISIONAL("provisional", "暂定（待审核）"), DISTRICT_APPROVED("district_approved", "区已审核"),
	MUNICIPAL_APPROVED("municipal_approved", "市已审核");

	private final String value;

	private final String labelZh;

	ApprovalState(String value, String labelZh) {
		this.value = value;
		this.labelZh = labelZh;
	}

	/** The value in the database and the marts ({@code approval_state}). */
	public String value() {
		return this.value;
	}

	public String labelZh() {
		return this.labelZh;
	}

	public static ApprovalState of(String value) {
		for (ApprovalState state : values()) {
			if (state.value.equals(value)) {
				return state;
			}
		}
		throw new IllegalArgumentException("Unknown approval state " + value);
	}

}

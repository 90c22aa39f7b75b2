package org.unionstats.approval;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;

/**
 * Moves federations and districts through the review (approve, return, withdraw; approve
 * and reopen a district) and writes each step to {@code ops.approval_audit}. Whether the
 * person may act on that district is the caller's to check.
 */
@Component
public class ApprovalDesk {

	private final JdbcClient jdbc;

	private final FederationApprovals approvals;

	private final FederationDirectory directory;

	ApprovalDesk(JdbcClient jdbc, FederationApprovals approvals, FederationDirectory directory) {
		this.jdbc = jdbc;
		this.approvals = approvals;
		this.directory = directory;
	}

	@Transactional
	public void approve(String username, Period period, String federationCode) {
		FederationEntry federation = lockDistrictOf(federationCode, period);
		ApprovalState state = currentState(federationCode, period);
		if (state != ApprovalState.PROVISIONAL && state != ApprovalState.RETURNED) {
			throw refused(state);
		}
		record(federation, period, ApprovalState.DISTRICT_APPROVED, null, username);
		audit(username, "approve", period, federation, null);
	}

	@Transactional
	public void returnForCorrection(String username, Period period, String federationCode, String comment) {
		String trimmed = comment.strip();
		if (trimmed.isEmpty()) {
			throw new ApprovalRefused("退回须填写意见 / A return needs a comment");
		}
		FederationEntry federation = lockDistrictOf(federationCode, period);
		ApprovalState state = currentState(federationCode, period);
		if (state != ApprovalState.PROVISIONAL && state != ApprovalState.RETURNED) {
			throw refused(state);
		}
		record(federation, period, ApprovalState.RETURNED, trimmed, username);
		audit(username, "return", period, federation, trimmed);
	}

	@Transactional
	public void withdraw(String username, Period period, String federationCode) {
		FederationEntry federation = lockDistrictOf(federationCode, period);
		ApprovalState state = currentState(federationCode, period);
		if (state != ApprovalState.DISTRICT_APPROVED) {
			throw refused(state);
		}
		this.jdbc.sql("DELETE FROM core.federation_approval WHERE period = :period AND federation_code = :federation")
			.param("period", period.text())
			.param("federation", federationCode)
			.update();
		audit(username, "withdraw", period, federation, null);
	}

	/**
	 * Approves the district for the city: every federation of the district with an
	 * accepted submission must have been approved by the district.
	 */
	@Transactional
	public void approveDistrict(String username, Period period, String districtCode) {
		lockDistrict(districtCode, period);
		Map<String, Object> counts = this.jdbc.sql("""
				SELECT count(*) AS accepted,
				       count(*) FILTER (WHERE a.approval_state = 'district_approved') AS district_approved
				FROM core.federation_profile fp
				JOIN core.federation f ON f.federation_code = fp.federation_code
				LEFT JOIN core.federation_approval a ON a.period = fp.period
				    AND a.federation_code = fp.federation_code AND a.submission_id = fp.submission_id
				WHERE fp.period = :period AND f.district_code = :district""")
			.param("period", period.text())
			.param("district", districtCode)
			.query()
			.singleRow();
		long accepted = ((Number) counts.get("accepted")).longValue();
		long approved = ((Number) counts.get("district_approved")).longValue();
		if (accepted == 0 || approved < accepted) {
			throw new ApprovalRefused(
					"本区尚有未经区审核的已采用报送（%d/%d 已审核），不能审核通过 / %d of %d accepted submissions are approved by the district"
						.formatted(approved, accepted, approved, accepted));
		}
		moveDistrict(username, period, districtCode, ApprovalState.DISTRICT_APPROVED, ApprovalState.MUNICIPAL_APPROVED);
		audit(username, "approve_district", period, districtCode, null, null, null);
	}

	/**
	 * Reopens a district the city approved: its federations are district approved again.
	 */
	@Transactional
	public void reopenDistrict(String username, Period period, String districtCode) {
		lockDistrict(districtCode, period);
		int moved = moveDistrict(username, period, districtCode, ApprovalState.MUNICIPAL_APPROVED,
				ApprovalState.DISTRICT_APPROVED);
		if (moved == 0) {
			throw new ApprovalRefused("本区本期尚未经市审核 / The district is not approved by the city for this period");
		}
		audit(username, "reopen_district", period, districtCode, null, null, null);
	}

	private int moveDistrict(String username, Period period, String districtCode, ApprovalState from,
			ApprovalState to) {
		return this.jdbc.sql("""
				UPDATE core.federation_approval a SET approval_state = :to, decided_by = :user, decided_at = now()
				FROM core.federation_profile fp, core.federation f
				WHERE a.period = :period AND a.approval_state = :from AND fp.period = a.period
				  AND fp.federation_code = a.federation_code AND fp.submission_id = a.submission_id
				  AND f.federation_code = a.federation_code AND f.district_code = :district""")
			.param("to", to.value())
			.param("from", from.value())
			.param("user", username)
			.param("period", period.text())
			.param("district", districtCode)
			.update();
	}

	private ApprovalState currentState(String federationCode, Period period) {
		return this.approvals.stateOf(federationCode, period)
			.orElseThrow(() -> new ApprovalRefused(
					"该街道本期没有已采用的报送 / The federation has no accepted submission for " + period.text()));
	}

	private static ApprovalRefused refused(ApprovalState state) {
		return new ApprovalRefused(
				"当前状态为“%s”，不能进行此操作 / Not allowed while the submission is %s".formatted(state.labelZh(), state.value()));
	}

	private FederationEntry lockDistrictOf(String federationCode, Period period) {
		FederationEntry federation = this.directory.find(federationCode)
			.orElseThrow(() -> new ApprovalRefused("未知街道 / Unknown federation " + federationCode));
		lockDistrict(federation.districtCode(), period);
		return federation;
	}

	/** One review step of a district and period at a time. */
	private void lockDistrict(String districtCode, Period period) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('approval:' || :period || ':' || :district))")
			.param("period", period.text())
			.param("district", districtCode)
			.query()
			.listOfRows();
	}

	private void record(FederationEntry federation, Period period, ApprovalState state, @Nullable String comment,
			String username) {
		this.jdbc
			.sql("""
					INSERT INTO core.federation_approval (period, federation_code, submission_id, approval_state, comment, decided_by)
					SELECT fp.period, fp.federation_code, fp.submission_id, :state, :comment, :user
					FROM core.federation_profile fp WHERE fp.period = :period AND fp.federation_code = :federation
					ON CONFLICT (period, federation_code) DO UPDATE SET submission_id = excluded.submission_id,
					    approval_state = excluded.approval_state, comment = excluded.comment,
					    decided_by = excluded.decided_by, decided_at = now()""")
			.param("state", state.value())
			.param("comment", comment)
			.param("user", username)
			.param("period", period.text())
			.param("federation", federation.code())
			.update();
	}

	private void audit(String username, String action, Period period, FederationEntry federation,
			@Nullable String comment) {
		Long submissionId = this.jdbc.sql(
				"SELECT submission_id FROM core.federation_profile WHERE period = :period AND federation_code = :federation")
			.param("period", period.text())
			.param("federation", federation.code())
			.query(Long.class)
			.optional()
			.orElse(null);
		audit(username, action, period, federation.districtCode(), federation.code(), submissionId, comment);
	}

	private void audit(String username, String action, Period period, String districtCode,
			@Nullable String federationCode, @Nullable Long submissionId, @Nullable String comment) {
		this.jdbc
			.sql("""
					INSERT INTO ops.approval_audit (username, action, period, district_code, federation_code, submission_id, comment)
					VALUES (:user, :action, :period, :district, :federation, :submission, :comment)""")
			.param("user", username)
			.param("action", action)
			.param("period", period.text())
			.param("district", districtCode)
			.param("federation", federationCode)
			.param("submission", submissionId)
			.param("comment", comment)
			.update();
	}

}

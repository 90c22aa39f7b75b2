package org.unionstats.approval;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;

/**
 * Reads the review state of a federation's accepted submission. A review recorded for an
 * earlier submission no longer holds: the submission now in force is provisional.
 */
@Component
public class FederationApprovals {

	private static final String CURRENT_REVIEW = """
			SELECT a.approval_state, a.comment, a.decided_by, a.decided_at
			FROM core.federation_profile fp
			JOIN core.federation_approval a ON a.period = fp.period AND a.federation_code = fp.federation_code
			    AND a.submission_id = fp.submission_id
			WHERE fp.period = :period AND fp.federation_code = :federation""";

	private final JdbcClient jdbc;

	FederationApprovals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The state of the federation's accepted submission for the period; empty without
	 * one.
	 */
	public Optional<ApprovalState> stateOf(String federationCode, Period period) {
		boolean accepted = this.jdbc.sql(
				"SELECT EXISTS (SELECT FROM core.federation_profile WHERE period = :period AND federation_code = :federation)")
			.param("period", period.text())
			.param("federation", federationCode)
			.query(Boolean.class)
			.single();
		if (!accepted) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql(CURRENT_REVIEW)
			.param("period", period.text())
			.param("federation", federationCode)
			.query((rs, n) -> ApprovalState.of(rs.getString("approval_state")))
			.optional()
			.orElse(ApprovalState.PROVISIONAL));
	}

	/** Whether a new workbook must be refused (PERIOD_APPROVED). */
	public boolean isApproved(String federationCode, Period period) {
		return stateOf(federationCode, period)
			.filter((state) -> state == ApprovalState.DISTRICT_APPROVED || state == ApprovalState.MUNICIPAL_APPROVED)
			.isPresent();
	}

	/** The comment of a return of the submission in force, if it was returned. */
	public Optional<ReturnedNote> returned(String federationCode, Period period) {
		return this.jdbc.sql(CURRENT_REVIEW + " AND a.approval_state = 'returned'")
			.param("period", period.text())
			.param("federation", federationCode)
			.query((rs, n) -> new ReturnedNote(String.valueOf(rs.getString("comment")), rs.getString("decided_by"),
					rs.getTimestamp("decided_at").toInstant()))
			.optional();
	}

}

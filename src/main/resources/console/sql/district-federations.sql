-- A district's federations for a period: submission and review state, the latest file
-- received from each federation's folder for the period and its issue counts.
SELECT st.federation_code, st.federation_name, st.submission_state, st.approval_state,
       fa.approval_comment, last.received_at AS last_received_at, last.status AS last_status,
       last.error_count AS last_errors, last.warning_count AS last_warnings
FROM mart.federation_submission_state st
LEFT JOIN mart.federation_approval_state fa
    ON fa.period = st.period AND fa.federation_code = st.federation_code
LEFT JOIN LATERAL (
    SELECT s.received_at, s.status, s.error_count, s.warning_count
    FROM ops.submission s
    WHERE s.folder_code = st.federation_code AND s.period = st.period
      AND s.status IN ('ACCEPTED', 'REJECTED', 'SUPERSEDED')
    ORDER BY s.received_at DESC, s.submission_id DESC
    LIMIT 1
) last ON true
WHERE st.period = :period AND st.district_code = :district
ORDER BY st.federation_code

-- The period the overview opens with: the period of the latest file received, else the
-- latest registered period that has started.
SELECT period FROM (
    SELECT s.period, 0 AS preference, s.received_at AS at
    FROM ops.submission s
    WHERE s.period IS NOT NULL AND EXISTS (SELECT FROM mart.reporting_period r WHERE r.period = s.period)
    UNION ALL
    SELECT p.period, 1, p.starts_on::timestamptz
    FROM core.period p
    WHERE p.starts_on <= current_date
) candidates
ORDER BY preference, at DESC
LIMIT 1

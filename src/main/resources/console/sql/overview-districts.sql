-- Completeness per district for one period, as status prints it, with the district's review
-- state. Aggregated in the database: a national registry has 41,000 federations.
SELECT c.district_code, c.district_name, c.federations_expected, c.federations_accepted,
       c.federations_rejected_only, c.federations_missing, c.accepted_on_time, c.approval_state
FROM mart.submission_completeness c
WHERE c.period = :period
  AND (:district::text IS NULL OR c.district_code = :district)
ORDER BY c.district_code

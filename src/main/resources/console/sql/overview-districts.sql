-- Completeness per district for one period, as status prints it, with the district's review
-- state. Aggregated in the database: a national registry has 41,000 federations.
SELECT c.district_code, c.district_name, c.federations_expected, c.federations_accepted,
       c.federations_rejected_only, c.federations_missing, c.accepted_on_time, c.approval_state,
       coalesce(100 * c.federations_accepted / nullif(c.federations_expected, 0), 0) AS accepted_percent,
       CASE c.approval_state WHEN 'provisional' THEN '暂定' WHEN 'returned' THEN '已退回'
            WHEN 'district_approved' THEN '区已审核' WHEN 'municipal_approved' THEN '市已审核' ELSE '—' END
           AS approval_state_zh
FROM mart.submission_completeness c
WHERE c.period = :period
  AND (:district::text IS NULL OR c.district_code = :district)
ORDER BY c.district_code

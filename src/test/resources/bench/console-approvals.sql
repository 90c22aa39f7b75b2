-- The review for ConsoleOverviewBenchmark: every other district's federations approved by
-- their district, every fourth district's by the city too; one federation in ten of the
-- rest returned.
INSERT INTO core.federation_approval (period, federation_code, submission_id, approval_state, comment, decided_by)
SELECT fp.period, fp.federation_code, fp.submission_id,
       CASE WHEN f.district_code::integer % 4 = 0 THEN 'municipal_approved' ELSE 'district_approved' END,
       NULL, 'bench'
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
WHERE f.district_code::integer % 2 = 0;

INSERT INTO core.federation_approval (period, federation_code, submission_id, approval_state, comment, decided_by)
SELECT fp.period, fp.federation_code, fp.submission_id, 'returned', '请核对', 'bench'
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
WHERE f.district_code::integer % 2 = 1 AND fp.federation_code::bigint % 10 = 0

-- National-scale data set for StatisticsBenchmark: :federations federations in districts of
-- 14, :periods yearly periods ending with 2025, about 2.5 facilities per federation and type.
-- Every statement is set-based; parameters are bound by the benchmark.
INSERT INTO core.district (district_code, district_name)
SELECT to_char(100000 + d, 'FM000000'), '第' || d || '区'
FROM generate_series(1, (:federations + 13) / 14) d;

INSERT INTO core.federation (federation_code, federation_name, district_code)
SELECT to_char(100000 + (f - 1) / 14 + 1, 'FM000000') || to_char(f % 1000, 'FM000'), '街道' || f,
       to_char(100000 + (f - 1) / 14 + 1, 'FM000000')
FROM generate_series(1, :federations) f;

INSERT INTO core.period (period, period_type, starts_on, ends_on, previous_period, deadline)
SELECT y::text, 'YEAR', make_date(y, 1, 1), make_date(y, 12, 31), (y - 1)::text, make_date(y + 1, 1, 15)
FROM generate_series(2026 - :periods, 2025) y;

INSERT INTO ops.submission (folder_code, original_name, inbox_path, size_bytes, sha256, received_at, claim_lease,
                            claimed_by, status, federation_code, period, decided_at, finished_at)
SELECT f.federation_code, 'bench.xlsx', 'inbox/' || f.federation_code || '/' || p.period || '.xlsx', 1000,
       md5(f.federation_code || p.period), p.deadline - (hashtext(f.federation_code) % 20), 0, 'bench',
       CASE WHEN hashtext(f.federation_code || p.period) % 50 = 0 THEN 'REJECTED' ELSE 'ACCEPTED' END,
       f.federation_code, p.period, now(), now()
FROM core.federation f CROSS JOIN core.period p;

INSERT INTO core.federation_profile (period, federation_code, submission_id, received_at, accepted_at, union_orgs,
                                     members, app_registered, activity_members, activity_visits, assisted_people,
                                     assistance_yuan)
SELECT s.period, s.federation_code, s.submission_id, s.received_at, s.decided_at, 100 + abs(hashtext(s.sha256)) % 900,
       9000, abs(hashtext(s.sha256)) % 4000, abs(hashtext(s.sha256 || 'a')) % 4000, 8000, 50, 12345.50
FROM ops.submission s WHERE s.status = 'ACCEPTED';

INSERT INTO core.facility (federation_code, facility_type, code, first_period)
SELECT f.federation_code, t.facility_type, t.facility_type || '-' || n, (2026 - :periods)::text
FROM core.federation f
CROSS JOIN core.facility_type t
CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(f.federation_code || t.facility_type)) % 4) n;

INSERT INTO core.facility_snapshot (period, federation_code, facility_type, code, facility_id, submission_id,
                                    reported, name, address, status, starts_on, ends_on)
SELECT fp.period, fa.federation_code, fa.facility_type, fa.code, fa.facility_id, fp.submission_id, true,
       '设施' || fa.facility_id, '地址' || fa.facility_id,
       CASE abs(hashtext(fa.code || fp.period || fa.federation_code)) % 10 WHEN 0 THEN '暂停' WHEN 1 THEN '撤销'
            ELSE '运行' END,
       CASE WHEN fa.facility_type = 'childcare_class' THEN make_date(fp.period::int, 7, 1) END,
       CASE WHEN fa.facility_type = 'childcare_class' THEN make_date(fp.period::int, 8, 31) END
FROM core.federation_profile fp
JOIN core.facility fa ON fa.federation_code = fp.federation_code;



-- The marts statisticians query (docs/warehouse.md). Dropped and recreated in dependency
-- order on every change, so comments and grants are restated at the end of this file.
DROP VIEW IF EXISTS mart.profile_card, mart.comparable_change, mart.district_comparable_change,
    mart.district_federations_both, mart.district_comparable_counts, mart.municipal_profile,
    mart.district_profile, mart.profile_scopes, mart.profile_sums, mart.district_profile_sums, mart.period_targets, mart.federation_profile, mart.missing_federations,
    mart.submission_completeness, mart.federation_submission_state, mart.municipal_statistics,
    mart.district_facility_counts, mart.facility_counts, mart.facility_activity, mart.facilities,
    mart.reporting_period, mart.district_approval_state, mart.federation_approval_state CASCADE;

-- Every period that is registered or has data, with its dates and previous period.
CREATE VIEW mart.reporting_period AS
SELECT p.period, p.period_type, p.starts_on, p.ends_on, p.previous_period, p.deadline, p.closed_at
FROM core.period p
UNION ALL
SELECT seen.period, core.period_type_of(seen.period), core.period_starts_on(seen.period),
       core.period_ends_on(seen.period), core.period_previous(seen.period), NULL::date, NULL::timestamptz
FROM (SELECT fp.period FROM core.federation_profile fp
      UNION
      SELECT s.period FROM ops.submission s
      WHERE s.period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$') seen
WHERE NOT EXISTS (SELECT FROM core.period p WHERE p.period = seen.period);

-- The review of each accepted submission in force: provisional unless its district
-- approved or returned it (a review of an earlier submission no longer holds), or the city
-- approved the district.
CREATE VIEW mart.federation_approval_state AS
SELECT fp.period, fp.federation_code, f.district_code,
       coalesce(a.approval_state, 'provisional') AS approval_state,
       CASE coalesce(a.approval_state, 'provisional') WHEN 'returned' THEN 0 WHEN 'provisional' THEN 1
            WHEN 'district_approved' THEN 2 ELSE 3 END AS approval_rank,
       a.comment AS approval_comment, a.decided_by AS approval_decided_by, a.decided_at AS approval_decided_at
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
LEFT JOIN core.federation_approval a
    ON a.period = fp.period AND a.federation_code = fp.federation_code AND a.submission_id = fp.submission_id;

-- A district's state is the least advanced of its federations with an accepted submission.
CREATE VIEW mart.district_approval_state AS
SELECT s.period, s.district_code,
       (ARRAY['returned', 'provisional', 'district_approved', 'municipal_approved'])[min(s.approval_rank) + 1]
           AS approval_state
FROM mart.federation_approval_state s
GROUP BY s.period, s.district_code;

-- Whether each facility of an accepted snapshot counts as active in its period, by the
-- rule core.facility_is_active states once (COUNT_SWING calls it too).
CREATE VIEW mart.facility_activity AS
SELECT s.period, s.federation_code, s.facility_type, s.code, s.reported, s.status,
       core.facility_is_active(s.facility_type, s.status, s.starts_on, s.ends_on,
                               coalesce(p.starts_on, core.period_starts_on(s.period)),
                               coalesce(p.ends_on, core.period_ends_on(s.period))) AS active
FROM core.facility_snapshot s
LEFT JOIN core.period p ON p.period = s.period
WHERE EXISTS (SELECT FROM core.federation_profile fp
              WHERE fp.period = s.period AND fp.federation_code = s.federation_code);

CREATE VIEW mart.facility_counts AS
SELECT fp.period, d.district_code, d.district_name, f.federation_code, f.federation_name,
       t.facility_type, t.facility_type_zh, coalesce(c.active_count, 0)::integer AS active_count,
       coalesce(c.reported_count, 0)::integer AS reported_count,
       coalesce(ap.approval_state, 'provisional') AS approval_state
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
JOIN core.district d ON d.district_code = f.district_code
LEFT JOIN core.federation_approval ap
    ON ap.period = fp.period AND ap.federation_code = fp.federation_code AND ap.submission_id = fp.submission_id
CROSS JOIN core.facility_type t
LEFT JOIN (
    SELECT a.period, a.federation_code, a.facility_type, count(*) FILTER (WHERE a.active) AS active_count,
           count(*) FILTER (WHERE a.reported) AS reported_count
    FROM mart.facility_activity a
    GROUP BY a.period, a.federation_code, a.facility_type
) c ON c.period = fp.period AND c.federation_code = fp.federation_code AND c.facility_type = t.facility_type;

-- District and municipal counts aggregate the snapshot directly (not through
-- facility_counts): far fewer groups, which keeps a national period within a second.
CREATE VIEW mart.district_facility_counts AS
SELECT r.period, d.district_code, d.district_name, t.facility_type, t.facility_type_zh,
       coalesce(c.active_count, 0)::integer AS active_count,
       coalesce(rep.federations_reporting, 0)::integer AS federations_reporting,
       coalesce(e.federations_expected, 0)::integer AS federations_expected,
       ap.approval_state
FROM mart.reporting_period r
CROSS JOIN core.district d
CROSS JOIN core.facility_type t
LEFT JOIN mart.district_approval_state ap ON ap.period = r.period AND ap.district_code = d.district_code
LEFT JOIN (
    SELECT a.period, f.district_code, a.facility_type, count(*) FILTER (WHERE a.active) AS active_count
    FROM mart.facility_activity a
    JOIN core.federation f ON f.federation_code = a.federation_code
    GROUP BY a.period, f.district_code, a.facility_type
) c ON c.period = r.period AND c.district_code = d.district_code AND c.facility_type = t.facility_type
LEFT JOIN (
    SELECT fp.period, f.district_code, count(*) AS federations_reporting
    FROM core.federation_profile fp
    JOIN core.federation f ON f.federation_code = fp.federation_code
    GROUP BY fp.period, f.district_code
) rep ON rep.period = r.period AND rep.district_code = d.district_code
LEFT JOIN (
    SELECT f.district_code, count(*) AS federations_expected FROM core.federation f GROUP BY f.district_code
) e ON e.district_code = d.district_code;

-- The previous period is joined laterally so that a filter on period reaches both
-- periods' snapshots through the indexes instead of aggregating every period. Without
-- any accepted submission in the previous period, previous_count and change are null.
CREATE VIEW mart.municipal_statistics AS
SELECT r.period, x.facility_type, x.facility_type_zh, coalesce(x.active_count, 0)::integer AS active_count,
       r.previous_period,
       CASE WHEN x.previous_reporting > 0 THEN coalesce(x.previous_count, 0) END::integer AS previous_count,
       CASE WHEN x.previous_reporting > 0
            THEN coalesce(x.active_count, 0) - coalesce(x.previous_count, 0) END::integer AS change,
       x.federations_reporting::integer AS federations_reporting,
       (SELECT count(*) FROM core.federation)::integer AS federations_expected
FROM mart.reporting_period r
CROSS JOIN LATERAL (
    SELECT t.facility_type, t.facility_type_zh, cur.active_count, prev.active_count AS previous_count,
           (SELECT count(*) FROM core.federation_profile fp WHERE fp.period = r.period) AS federations_reporting,
           (SELECT count(*) FROM core.federation_profile fp WHERE fp.period = r.previous_period) AS previous_reporting
    FROM core.facility_type t
    LEFT JOIN (SELECT a.facility_type, count(*) FILTER (WHERE a.active) AS active_count
               FROM mart.facility_activity a WHERE a.period = r.period GROUP BY a.facility_type) cur
        ON cur.facility_type = t.facility_type
    LEFT JOIN (SELECT a.facility_type, count(*) FILTER (WHERE a.active) AS active_count
               FROM mart.facility_activity a WHERE a.period = r.previous_period GROUP BY a.facility_type) prev
        ON prev.facility_type = t.facility_type
) x;

-- Each registered federation's state for each period: accepted (a profile in force),
-- rejected only (only rejected files from its folder), or missing.
CREATE VIEW mart.federation_submission_state AS
SELECT r.period, d.district_code, d.district_name, f.federation_code, f.federation_name,
       CASE WHEN fp.federation_code IS NOT NULL THEN 'accepted'
            WHEN rej.rejected_count > 0 THEN 'rejected_only'
            ELSE 'missing' END AS submission_state,
       CASE WHEN fp.federation_code IS NOT NULL THEN '已采用'
            WHEN rej.rejected_count > 0 THEN '仅有退回'
            ELSE '未报送' END AS submission_state_zh,
       fp.received_at AS accepted_received_at,
       CASE WHEN fp.federation_code IS NULL OR r.deadline IS NULL THEN NULL
            ELSE (fp.received_at AT TIME ZONE 'Asia/Shanghai')::date <= r.deadline END AS on_time,
       coalesce(rej.rejected_count, 0)::integer AS rejected_count,
       rej.last_rejected_at, r.deadline,
       CASE WHEN fp.federation_code IS NOT NULL THEN coalesce(ap.approval_state, 'provisional') END AS approval_state
FROM mart.reporting_period r
CROSS JOIN core.federation f
JOIN core.district d ON d.district_code = f.district_code
LEFT JOIN core.federation_profile fp ON fp.period = r.period AND fp.federation_code = f.federation_code
LEFT JOIN core.federation_approval ap
    ON ap.period = fp.period AND ap.federation_code = fp.federation_code AND ap.submission_id = fp.submission_id
LEFT JOIN (
    SELECT s.period, s.folder_code, count(*) AS rejected_count, max(s.received_at) AS last_rejected_at
    FROM ops.submission s WHERE s.status = 'REJECTED'
    GROUP BY s.period, s.folder_code
) rej ON rej.period = r.period AND rej.folder_code = f.federation_code;

CREATE VIEW mart.submission_completeness AS
SELECT st.period, st.district_code, st.district_name,
       count(*)::integer AS federations_expected,
       count(*) FILTER (WHERE st.submission_state = 'accepted')::integer AS federations_accepted,
       count(*) FILTER (WHERE st.submission_state = 'rejected_only')::integer AS federations_rejected_only,
       count(*) FILTER (WHERE st.submission_state = 'missing')::integer AS federations_missing,
       (CASE WHEN st.deadline IS NOT NULL THEN count(*) FILTER (WHERE st.on_time) END)::integer AS accepted_on_time,
       st.deadline,
       (ARRAY['returned', 'provisional', 'district_approved', 'municipal_approved'])[
           min(CASE st.approval_state WHEN 'returned' THEN 1 WHEN 'provisional' THEN 2
                   WHEN 'district_approved' THEN 3 WHEN 'municipal_approved' THEN 4 END)] AS approval_state
FROM mart.federation_submission_state st
GROUP BY st.period, st.district_code, st.district_name, st.deadline;

CREATE VIEW mart.missing_federations AS
SELECT st.period, st.district_code, st.district_name, st.federation_code, st.federation_name,
       st.submission_state, st.submission_state_zh, st.rejected_count, st.last_rejected_at
FROM mart.federation_submission_state st
WHERE st.submission_state <> 'accepted';

-- The targets of a period side by side, one row per period that has any.
CREATE VIEW mart.period_targets AS
SELECT t.period,
       max(t.target_rate) FILTER (WHERE t.indicator = 'app_registration_rate') AS app_registration_target,
       max(t.target_rate) FILTER (WHERE t.indicator = 'activity_participation_rate') AS activity_participation_target,
       max(t.target_rate) FILTER (WHERE t.indicator = 'collective_contract_coverage') AS collective_contract_target,
       max(t.target_rate) FILTER (WHERE t.indicator = 'workers_congress_coverage') AS workers_congress_target
FROM core.indicator_target t
GROUP BY t.period;

CREATE VIEW mart.federation_profile AS
SELECT fp.period, fp.federation_code, f.federation_name, d.district_code, d.district_name,
       fp.union_orgs, fp.grassroots_committees, fp.community_joint_unions, fp.industry_joint_unions,
       fp.joint_union_groups, fp.members, fp.station_staff, fp.app_registered, fp.activity_members,
       fp.activity_visits,
       round(fp.app_registered::numeric / nullif(fp.members, 0), 4) AS app_registration_rate,
       round(fp.activity_members::numeric / nullif(fp.members, 0), 4) AS activity_participation_rate,
       fp.assisted_people, fp.assistance_yuan,
       t.app_registration_target,
       round(fp.app_registered::numeric / nullif(fp.members, 0), 4) >= t.app_registration_target
           AS app_registration_achieved,
       t.activity_participation_target,
       round(fp.activity_members::numeric / nullif(fp.members, 0), 4) >= t.activity_participation_target
           AS activity_participation_achieved,
       fp.submission_id, fp.received_at, fp.accepted_at,
       fp.drive_enterprise_meetings, fp.drive_worker_meetings, fp.drive_firms_reached, fp.drive_firms_intending,
       fp.drive_new_members, fp.model_workers_national, fp.model_workers_municipal, fp.unionised_firms,
       fp.collective_contract_firms, fp.workers_congress_firms,
       round(fp.collective_contract_firms::numeric / nullif(fp.unionised_firms, 0), 4) AS collective_contract_coverage,
       round(fp.workers_congress_firms::numeric / nullif(fp.unionised_firms, 0), 4) AS workers_congress_coverage,
       coalesce(ap.approval_state, 'provisional') AS approval_state
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
JOIN core.district d ON d.district_code = f.district_code
LEFT JOIN mart.period_targets t ON t.period = fp.period
LEFT JOIN core.federation_approval ap
    ON ap.period = fp.period AND ap.federation_code = fp.federation_code AND ap.submission_id = fp.submission_id;

-- Each figure summed over the federations that know it, with how many do, per district
-- and for the whole city (district_code null); a rate's denominator is summed over the
-- federations that know its numerator too, so a blank is never read as zero. The city's
-- sums are taken over the federations, not over the districts' rates.
CREATE VIEW mart.profile_sums AS
SELECT fp.period, scope.district_code, count(*) AS federations_reporting,
       sum(fp.union_orgs) AS union_orgs, count(fp.union_orgs) AS union_orgs_federations,
       sum(fp.members) AS members, count(fp.members) AS members_federations,
       sum(fp.app_registered) AS app_registered, count(fp.app_registered) AS app_registered_federations,
       sum(fp.members) FILTER (WHERE fp.app_registered IS NOT NULL) AS members_with_app_registered,
       sum(fp.activity_members) AS activity_members, count(fp.activity_members) AS activity_members_federations,
       sum(fp.members) FILTER (WHERE fp.activity_members IS NOT NULL) AS members_with_activity_members,
       sum(fp.activity_visits) AS activity_visits, count(fp.activity_visits) AS activity_visits_federations,
       sum(fp.assisted_people) AS assisted_people, count(fp.assisted_people) AS assisted_people_federations,
       sum(fp.assistance_yuan) AS assistance_yuan, count(fp.assistance_yuan) AS assistance_yuan_federations,
       sum(fp.drive_enterprise_meetings) AS drive_enterprise_meetings,
       count(fp.drive_enterprise_meetings) AS drive_enterprise_meetings_federations,
       sum(fp.drive_worker_meetings) AS drive_worker_meetings,
       count(fp.drive_worker_meetings) AS drive_worker_meetings_federations,
       sum(fp.drive_firms_reached) AS drive_firms_reached, count(fp.drive_firms_reached) AS drive_firms_reached_federations,
       sum(fp.drive_firms_intending) AS drive_firms_intending,
       count(fp.drive_firms_intending) AS drive_firms_intending_federations,
       sum(fp.drive_new_members) AS drive_new_members, count(fp.drive_new_members) AS drive_new_members_federations,
       sum(fp.model_workers_national) AS model_workers_national,
       count(fp.model_workers_national) AS model_workers_national_federations,
       sum(fp.model_workers_municipal) AS model_workers_municipal,
       count(fp.model_workers_municipal) AS model_workers_municipal_federations,
       sum(fp.unionised_firms) AS unionised_firms, count(fp.unionised_firms) AS unionised_firms_federations,
       sum(fp.collective_contract_firms) FILTER (WHERE fp.unionised_firms IS NOT NULL) AS collective_contract_firms,
       count(fp.collective_contract_firms) FILTER (WHERE fp.unionised_firms IS NOT NULL)
           AS collective_contract_firms_federations,
       sum(fp.unionised_firms) FILTER (WHERE fp.collective_contract_firms IS NOT NULL)
           AS unionised_firms_with_collective_contract,
       sum(fp.workers_congress_firms) FILTER (WHERE fp.unionised_firms IS NOT NULL) AS workers_congress_firms,
       count(fp.workers_congress_firms) FILTER (WHERE fp.unionised_firms IS NOT NULL)
           AS workers_congress_firms_federations,
       sum(fp.unionised_firms) FILTER (WHERE fp.workers_congress_firms IS NOT NULL)
           AS unionised_firms_with_workers_congress,
       count(*) FILTER (WHERE round(fp.app_registered::numeric / nullif(fp.members, 0), 4) >= t.app_registration_target)
           AS federations_meeting_app_target,
       count(*) FILTER (WHERE round(fp.activity_members::numeric / nullif(fp.members, 0), 4)
                              >= t.activity_participation_target) AS federations_meeting_participation_target
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
-- Each profile counts for its district and for the city: one list of sums for both,
-- grouped by plain columns so that a filter on period reaches the profiles' index
-- (GROUPING SETS would aggregate every period first).
CROSS JOIN LATERAL (VALUES (f.district_code), (NULL)) scope (district_code)
LEFT JOIN mart.period_targets t ON t.period = fp.period
GROUP BY fp.period, scope.district_code;

-- The union card's figures for every scope of a period, each district and the city
-- (district_code null): the expressions the district and municipal profiles share.
CREATE VIEW mart.profile_scopes AS
SELECT r.period, d.district_code, d.district_name,
       coalesce(a.federations_reporting, 0)::integer AS federations_reporting,
       coalesce(e.federations_expected, 0)::integer AS federations_expected,
       a.union_orgs, a.members, a.app_registered, a.activity_members, a.activity_visits,
       round(a.app_registered::numeric / nullif(a.members_with_app_registered, 0), 4) AS app_registration_rate,
       round(a.activity_members::numeric / nullif(a.members_with_activity_members, 0), 4) AS activity_participation_rate,
       a.assisted_people, a.assistance_yuan,
       t.app_registration_target,
       round(a.app_registered::numeric / nullif(a.members_with_app_registered, 0), 4) >= t.app_registration_target
           AS app_registration_achieved,
       t.activity_participation_target,
       round(a.activity_members::numeric / nullif(a.members_with_activity_members, 0), 4)
           >= t.activity_participation_target AS activity_participation_achieved,
       coalesce(a.federations_meeting_app_target, 0)::integer AS federations_meeting_app_target,
       coalesce(a.federations_meeting_participation_target, 0)::integer AS federations_meeting_participation_target,
       coalesce(a.app_registered_federations, 0)::integer AS app_registered_federations,
       coalesce(a.activity_members_federations, 0)::integer AS activity_members_federations,
       coalesce(a.activity_visits_federations, 0)::integer AS activity_visits_federations,
       coalesce(a.assisted_people_federations, 0)::integer AS assisted_people_federations,
       coalesce(a.assistance_yuan_federations, 0)::integer AS assistance_yuan_federations,
       a.drive_enterprise_meetings, coalesce(a.drive_enterprise_meetings_federations, 0)::integer
           AS drive_enterprise_meetings_federations,
       a.drive_worker_meetings, coalesce(a.drive_worker_meetings_federations, 0)::integer
           AS drive_worker_meetings_federations,
       a.drive_firms_reached, coalesce(a.drive_firms_reached_federations, 0)::integer AS drive_firms_reached_federations,
       a.drive_firms_intending, coalesce(a.drive_firms_intending_federations, 0)::integer
           AS drive_firms_intending_federations,
       a.drive_new_members, coalesce(a.drive_new_members_federations, 0)::integer AS drive_new_members_federations,
       a.model_workers_national, coalesce(a.model_workers_national_federations, 0)::integer
           AS model_workers_national_federations,
       a.model_workers_municipal, coalesce(a.model_workers_municipal_federations, 0)::integer
           AS model_workers_municipal_federations,
       a.unionised_firms, coalesce(a.unionised_firms_federations, 0)::integer AS unionised_firms_federations,
       a.collective_contract_firms, coalesce(a.collective_contract_firms_federations, 0)::integer
           AS collective_contract_firms_federations,
       round(a.collective_contract_firms::numeric / nullif(a.unionised_firms_with_collective_contract, 0), 4)
           AS collective_contract_coverage,
       t.collective_contract_target,
       round(a.collective_contract_firms::numeric / nullif(a.unionised_firms_with_collective_contract, 0), 4)
           >= t.collective_contract_target AS collective_contract_achieved,
       a.workers_congress_firms, coalesce(a.workers_congress_firms_federations, 0)::integer
           AS workers_congress_firms_federations,
       round(a.workers_congress_firms::numeric / nullif(a.unionised_firms_with_workers_congress, 0), 4)
           AS workers_congress_coverage,
       t.workers_congress_target,
       round(a.workers_congress_firms::numeric / nullif(a.unionised_firms_with_workers_congress, 0), 4)
           >= t.workers_congress_target AS workers_congress_achieved
FROM mart.reporting_period r
CROSS JOIN (SELECT district_code, district_name FROM core.district
            UNION ALL
            SELECT NULL, '全市') d
LEFT JOIN mart.profile_sums a
    ON a.period = r.period AND coalesce(a.district_code, '') = coalesce(d.district_code, '')
LEFT JOIN (
    SELECT f.district_code, count(*) AS federations_expected
    FROM core.federation f GROUP BY GROUPING SETS ((f.district_code), ())
) e ON coalesce(e.district_code, '') = coalesce(d.district_code, '')
LEFT JOIN mart.period_targets t ON t.period = r.period;

CREATE VIEW mart.district_profile AS
SELECT * FROM mart.profile_scopes WHERE district_code IS NOT NULL;

-- The city's union card: rates as ratios of the city's sums, never averages of the
-- districts' rates.
CREATE VIEW mart.municipal_profile AS
SELECT period, federations_reporting, federations_expected, union_orgs, members, app_registered,
       app_registration_rate, app_registration_target, app_registration_achieved, activity_members,
       activity_participation_rate, activity_participation_target, activity_participation_achieved,
       activity_visits, assisted_people, assistance_yuan, federations_meeting_app_target,
       federations_meeting_participation_target, app_registered_federations, activity_members_federations,
       activity_visits_federations, assisted_people_federations, assistance_yuan_federations,
       drive_enterprise_meetings, drive_enterprise_meetings_federations, drive_worker_meetings,
       drive_worker_meetings_federations, drive_firms_reached, drive_firms_reached_federations,
       drive_firms_intending, drive_firms_intending_federations, drive_new_members, drive_new_members_federations,
       model_workers_national, model_workers_national_federations, model_workers_municipal,
       model_workers_municipal_federations, unionised_firms, unionised_firms_federations, collective_contract_firms,
       collective_contract_firms_federations, collective_contract_coverage, collective_contract_target,
       collective_contract_achieved, workers_congress_firms, workers_congress_firms_federations,
       workers_congress_coverage, workers_congress_target, workers_congress_achieved
FROM mart.profile_scopes WHERE district_code IS NULL;

-- Per district and type, the federations with an accepted submission in both a period
-- and its previous one, and their active counts in each. Each side is counted by its own
-- equality join (not one join on either period), so a filter on period reaches both
-- periods' snapshots through the indexes.
CREATE VIEW mart.district_comparable_counts AS
SELECT x.period, x.district_code, x.facility_type, sum(x.comparable_count) AS comparable_count, sum(x.comparable_previous_count) AS comparable_previous_count
FROM (
    SELECT cur.period, f.district_code, a.facility_type, count(*) FILTER (WHERE a.active) AS comparable_count,
           0 AS comparable_previous_count
    FROM core.federation_profile cur
    JOIN core.federation_profile prev
        ON prev.federation_code = cur.federation_code AND prev.period = core.period_previous(cur.period)
    JOIN core.federation f ON f.federation_code = cur.federation_code
    JOIN mart.facility_activity a ON a.period = cur.period AND a.federation_code = cur.federation_code
    GROUP BY cur.period, f.district_code, a.facility_type
    UNION ALL
    SELECT cur.period, f.district_code, a.facility_type, 0, count(*) FILTER (WHERE a.active)
    FROM core.federation_profile cur
    JOIN core.federation_profile prev
        ON prev.federation_code = cur.federation_code AND prev.period = core.period_previous(cur.period)
    JOIN core.federation f ON f.federation_code = cur.federation_code
    JOIN mart.facility_activity a ON a.period = prev.period AND a.federation_code = cur.federation_code
    GROUP BY cur.period, f.district_code, a.facility_type
) x
GROUP BY x.period, x.district_code, x.facility_type;

-- Per district and period, the federations with an accepted submission in both periods.
CREATE VIEW mart.district_federations_both AS
SELECT cur.period, f.district_code, count(*) AS federations_both
FROM core.federation_profile cur
JOIN core.federation_profile prev
    ON prev.federation_code = cur.federation_code AND prev.period = core.period_previous(cur.period)
JOIN core.federation f ON f.federation_code = cur.federation_code
GROUP BY cur.period, f.district_code;

-- The change against the previous period counted twice: raw (every federation that
-- reported in either period) and comparable (only the federations with an accepted
-- submission in both), so a drop in reporting is never read as a drop in facilities.
CREATE VIEW mart.district_comparable_change AS
SELECT c.period, c.district_code, c.district_name, c.facility_type, c.facility_type_zh, r.previous_period,
       c.active_count,
       CASE WHEN p.federations_reporting > 0 THEN p.active_count END AS previous_count,
       CASE WHEN p.federations_reporting > 0 THEN c.active_count - p.active_count END AS change,
       c.federations_reporting,
       coalesce(p.federations_reporting, 0)::integer AS previous_federations_reporting,
       coalesce(b.federations_both, 0)::integer AS federations_both,
       CASE WHEN b.federations_both > 0 THEN coalesce(k.comparable_count, 0) END::integer AS comparable_count,
       CASE WHEN b.federations_both > 0 THEN coalesce(k.comparable_previous_count, 0) END::integer
           AS comparable_previous_count,
       CASE WHEN b.federations_both > 0
            THEN coalesce(k.comparable_count, 0) - coalesce(k.comparable_previous_count, 0) END::integer
           AS comparable_change
FROM mart.district_facility_counts c
JOIN mart.reporting_period r ON r.period = c.period
LEFT JOIN mart.district_facility_counts p
    ON p.period = r.previous_period AND p.district_code = c.district_code AND p.facility_type = c.facility_type
LEFT JOIN mart.district_federations_both b ON b.period = c.period AND b.district_code = c.district_code
LEFT JOIN mart.district_comparable_counts k
    ON k.period = c.period AND k.district_code = c.district_code AND k.facility_type = c.facility_type;

-- The city's change against the previous period, raw and comparable, from one pass over
-- each period's snapshot (as mart.municipal_statistics, joined laterally so that a filter
-- on period reaches both snapshots through the indexes): a facility counts as comparable
-- when its federation has an accepted submission in the other period too.
CREATE VIEW mart.comparable_change AS
SELECT r.period, x.facility_type, x.facility_type_zh, x.sort_order, r.previous_period,
       coalesce(x.active_count, 0)::integer AS active_count,
       CASE WHEN n.previous_reporting > 0 THEN coalesce(x.previous_count, 0) END::integer AS previous_count,
       CASE WHEN n.previous_reporting > 0
            THEN coalesce(x.active_count, 0) - coalesce(x.previous_count, 0) END::integer AS change,
       n.reporting::integer AS federations_reporting,
       n.previous_reporting::integer AS previous_federations_reporting,
       n.both_periods::integer AS federations_both,
       (SELECT count(*) FROM core.federation)::integer AS federations_expected,
       CASE WHEN n.both_periods > 0 THEN coalesce(x.comparable_count, 0) END::integer AS comparable_count,
       CASE WHEN n.both_periods > 0 THEN coalesce(x.comparable_previous_count, 0) END::integer
           AS comparable_previous_count,
       CASE WHEN n.both_periods > 0
            THEN coalesce(x.comparable_count, 0) - coalesce(x.comparable_previous_count, 0) END::integer
           AS comparable_change
FROM mart.reporting_period r
CROSS JOIN LATERAL (
    SELECT count(*) AS reporting, count(prev.federation_code) AS both_periods,
           (SELECT count(*) FROM core.federation_profile p WHERE p.period = r.previous_period) AS previous_reporting
    FROM core.federation_profile cur
    LEFT JOIN core.federation_profile prev
        ON prev.period = r.previous_period AND prev.federation_code = cur.federation_code
    WHERE cur.period = r.period
) n
CROSS JOIN LATERAL (
    SELECT t.facility_type, t.facility_type_zh, t.sort_order, cur.active_count, cur.comparable_count,
           prev.active_count AS previous_count, prev.comparable_count AS comparable_previous_count
    FROM core.facility_type t
    LEFT JOIN (SELECT a.facility_type, count(*) FILTER (WHERE a.active) AS active_count,
                      count(*) FILTER (WHERE a.active AND o.federation_code IS NOT NULL) AS comparable_count
               FROM mart.facility_activity a
               LEFT JOIN core.federation_profile o
                   ON o.period = r.previous_period AND o.federation_code = a.federation_code
               WHERE a.period = r.period GROUP BY a.facility_type) cur
        ON cur.facility_type = t.facility_type
    LEFT JOIN (SELECT a.facility_type, count(*) FILTER (WHERE a.active) AS active_count,
                      count(*) FILTER (WHERE a.active AND o.federation_code IS NOT NULL) AS comparable_count
               FROM mart.facility_activity a
               LEFT JOIN core.federation_profile o ON o.period = r.period AND o.federation_code = a.federation_code
               WHERE a.period = r.previous_period GROUP BY a.facility_type) prev
        ON prev.facility_type = t.facility_type
) x;

-- The union card as rows: one per scope (the city, then each district) and figure, with
-- its rate, target and the federations it covers. The report's 工作指标 sheet shows the same figures wide, a row per scope.
CREATE VIEW mart.profile_card AS
WITH card AS (
    SELECT s.*, s.district_name AS scope_name, CASE WHEN s.district_code IS NULL THEN 0 ELSE 1 END AS scope_order
    FROM mart.profile_scopes s
)
SELECT c.period, c.district_code, c.scope_name, c.scope_order, i.sort_order, i.indicator, i.indicator_zh, i.value,
       i.rate, i.target, i.achieved, i.federations_covered::integer AS federations_covered,
       c.federations_reporting, c.federations_expected
FROM card c
CROSS JOIN LATERAL (VALUES
    (1, 'union_orgs', '工会组织数', c.union_orgs::numeric, NULL::numeric, NULL::numeric, NULL::boolean,
     c.federations_reporting),
    (2, 'members', '会员人数', c.members, NULL, NULL, NULL, c.federations_reporting),
    (3, 'app_registered', 'APP注册会员数', c.app_registered, NULL, NULL, NULL, c.app_registered_federations),
    (4, 'app_registration_rate', 'APP注册率', NULL, c.app_registration_rate, c.app_registration_target,
     c.app_registration_achieved, c.app_registered_federations),
    (5, 'activity_members', '活动参与会员数', c.activity_members, NULL, NULL, NULL, c.activity_members_federations),
    (6, 'activity_participation_rate', '活动参与率', NULL, c.activity_participation_rate,
     c.activity_participation_target, c.activity_participation_achieved, c.activity_members_federations),
    (7, 'activity_visits', '活动参与人次', c.activity_visits, NULL, NULL, NULL, c.activity_visits_federations),
    (8, 'assisted_people', '帮扶慰问人次', c.assisted_people, NULL, NULL, NULL, c.assisted_people_federations),
    (9, 'assistance_yuan', '帮扶慰问金额（元）', c.assistance_yuan, NULL, NULL, NULL, c.assistance_yuan_federations),
    (10, 'drive_enterprise_meetings', '双沟通：企业沟通会场次', c.drive_enterprise_meetings, NULL, NULL, NULL,
     c.drive_enterprise_meetings_federations),
    (11, 'drive_worker_meetings', '双沟通：职工沟通会场次', c.drive_worker_meetings, NULL, NULL, NULL,
     c.drive_worker_meetings_federations),
    (12, 'drive_firms_reached', '双沟通：覆盖企业数', c.drive_firms_reached, NULL, NULL, NULL,
     c.drive_firms_reached_federations),
    (13, 'drive_firms_intending', '双沟通：建会意向企业数', c.drive_firms_intending, NULL, NULL, NULL,
     c.drive_firms_intending_federations),
    (14, 'drive_new_members', '双沟通：新入会职工数', c.drive_new_members, NULL, NULL, NULL,
     c.drive_new_members_federations),
    (15, 'model_workers_national', '劳模：全国劳模人数', c.model_workers_national, NULL, NULL, NULL,
     c.model_workers_national_federations),
    (16, 'model_workers_municipal', '劳模：北京市劳模人数', c.model_workers_municipal, NULL, NULL, NULL,
     c.model_workers_municipal_federations),
    (17, 'unionised_firms', '已建会企业数', c.unionised_firms, NULL, NULL, NULL, c.unionised_firms_federations),
    (18, 'collective_contract_firms', '其中：签订集体合同企业数', c.collective_contract_firms, NULL, NULL, NULL,
     c.collective_contract_firms_federations),
    (19, 'collective_contract_coverage', '集体合同覆盖率', NULL, c.collective_contract_coverage,
     c.collective_contract_target, c.collective_contract_achieved, c.collective_contract_firms_federations),
    (20, 'workers_congress_firms', '其中：建立职代会制度企业数', c.workers_congress_firms, NULL, NULL, NULL,
     c.workers_congress_firms_federations),
    (21, 'workers_congress_coverage', '职代会建制率', NULL, c.workers_congress_coverage, c.workers_congress_target,
     c.workers_congress_achieved, c.workers_congress_firms_federations)
) AS i (sort_order, indicator, indicator_zh, value, rate, target, achieved, federations_covered);

CREATE VIEW mart.facilities AS
SELECT s.period, s.facility_type, t.facility_type_zh, d.district_code, d.district_name, s.federation_code,
       f.federation_name, s.code, s.name, s.address, s.status, a.active,
       s.area_sqm, s.staff_count, s.opened_on, s.outdoor_service, s.host_unit, s.services, s.workplace, s.level,
       s.covered_members, s.class_type, s.starts_on, s.ends_on, s.children, fa.first_period, s.submission_id
FROM mart.facility_activity a
JOIN core.facility_snapshot s
    ON s.period = a.period AND s.federation_code = a.federation_code AND s.facility_type = a.facility_type
   AND s.code = a.code
JOIN core.facility_type t ON t.facility_type = s.facility_type
JOIN core.federation f ON f.federation_code = s.federation_code
JOIN core.district d ON d.district_code = f.district_code
JOIN core.facility fa ON fa.facility_id = s.facility_id
WHERE a.reported;

-- The data dictionary: a column name means the same in every mart, so shared meanings are
-- stated once here; the statements after this block refine the few that differ.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT col.table_name, col.column_name, v.description
        FROM information_schema.columns col
        JOIN (VALUES
            ('period', '报送期 / Period'),
            ('period_type', '报送期类型：YEAR 年、HALF 半年、QUARTER 季、MONTH 月 / Period type'),
            ('starts_on', '起始日期 / First day'),
            ('ends_on', '截止日期 / Last day'),
            ('previous_period', '同类型的上一报送期 / The previous period of the same type'),
            ('deadline', '报送截止日，空表示未设定 / Submission deadline; null when not set'),
            ('closed_at', '关闭时间，空表示开放 / When the period was closed; null while open'),
            ('district_code', '区划代码（6位）/ District code'),
            ('district_name', '区名称 / District name'),
            ('federation_code', '街道代码（9位）/ Federation code'),
            ('federation_name', '街道名称 / Federation name'),
            ('facility_type', '设施类型代码 / Facility type key'),
            ('facility_type_zh', '设施类型中文名 / Facility type in Chinese'),
            ('active_count', '运行中的设施数（托管班：与报送期重叠且未撤销）/ Active facilities (childcare classes: overlapping the period and not closed)'),
            ('reported_count', '本期填报的设施数（含暂停、撤销）/ Facilities reported this period, any status'),
            ('federations_reporting', '已采用报送的街道数 / Federations with an accepted submission'),
            ('federations_expected', '应报街道数（名录中的街道）/ Federations expected, those in the registry'),
            ('previous_count', '上一报送期的运行设施数，上期无数据为空 / Active count of the previous period; null without data'),
            ('change', '较上期增减 / Change against the previous period'),
            ('approval_state', '审核状态：provisional 暂定、returned 已退回、district_approved 区已审核、municipal_approved 市已审核（区：所属街道中最靠前的状态）/ Review state (for a district, the least advanced of its federations)'),
            ('submission_state', '报送状态：accepted 已采用、rejected_only 仅有退回、missing 未报送 / Submission state'),
            ('submission_state_zh', '报送状态（中文）/ Submission state in Chinese'),
            ('accepted_received_at', '现行采用报送的接收时间 / When the accepted submission in force was received'),
            ('on_time', '现行采用报送是否在截止日（北京时间）前接收；无截止日为空 / Accepted submission received by the deadline (China time); null without a deadline'),
            ('rejected_count', '被退回的报送文件数 / Rejected files'),
            ('last_rejected_at', '最近一次被退回文件的接收时间 / When the last rejected file was received'),
            ('federations_accepted', '已采用报送的街道数 / Federations with an accepted submission'),
            ('federations_rejected_only', '仅有被退回报送的街道数 / Federations whose files were all rejected'),
            ('federations_missing', '未报送的街道数 / Federations that sent nothing'),
            ('accepted_on_time', '按时报送并采用的街道数；无截止日为空 / Federations accepted on time; null without a deadline'),
            ('union_orgs', '工会组织数 / Union organisations'),
            ('grassroots_committees', '其中：基层工会委员会 / Of which grassroots committees'),
            ('community_joint_unions', '其中：社区联合工会 / Of which community joint unions'),
            ('industry_joint_unions', '其中：行业联合工会 / Of which industry joint unions'),
            ('joint_union_groups', '其中：联合工会小组 / Of which joint union groups'),
            ('members', '会员人数 / Members'),
            ('station_staff', '服务站工作人员数 / Service station staff'),
            ('app_registered', 'APP注册会员数 / Members registered in the app'),
            ('activity_members', '活动参与会员数 / Members taking part in activities'),
            ('activity_visits', '活动参与人次 / Activity attendances'),
            ('app_registration_rate', 'APP注册率 = APP注册会员数 / 会员人数 / App registration rate = app_registered / members'),
            ('activity_participation_rate', '活动参与率 = 活动参与会员数 / 会员人数 / Participation rate = activity_members / members'),
            ('assisted_people', '帮扶慰问人次 / People assisted'),
            ('assistance_yuan', '帮扶慰问金额（元）/ Assistance paid, yuan'),
            ('app_registration_target', 'APP注册率目标 / App registration rate target'),
            ('app_registration_achieved', '是否达到APP注册率目标，无目标为空 / App registration target met; null without a target'),
            ('activity_participation_target', '活动参与率目标 / Participation rate target'),
            ('activity_participation_achieved', '是否达到活动参与率目标，无目标为空 / Participation target met; null without a target'),
            ('federations_meeting_app_target', '达到APP注册率目标的街道数 / Federations meeting the app registration target'),
            ('federations_meeting_participation_target', '达到活动参与率目标的街道数 / Federations meeting the participation target'),
            ('submission_id', '来源报送 / Submission the row comes from'),
            ('received_at', '文件接收时间 / When the file was received'),
            ('accepted_at', '采用时间 / When it was accepted'),
            ('code', '编号（街道自编）/ The federation''s own code for the facility'),
            ('name', '名称 / Name'),
            ('address', '地址（托管班为举办地点）/ Address (for childcare classes, the venue)'),
            ('status', '状态：运行、暂停、撤销 / Status: running, suspended, closed'),
            ('active', '本期是否计为运行 / Counted as active this period'),
            ('reported', '本期是否填报；否表示上期有、本期缺报，视为撤销 / Reported this period; false when absent and so treated as closed'),
            ('area_sqm', '面积（平方米）/ Area in square metres'),
            ('staff_count', '工作人员数 / Staff'),
            ('opened_on', '启用（建成）日期 / Opened on'),
            ('outdoor_service', '是否提供户外劳动者服务 / Serves outdoor workers'),
            ('host_unit', '依托单位 / Host unit'),
            ('services', '服务项目 / Services offered'),
            ('workplace', '所在单位 / Workplace'),
            ('level', '级别 / Level'),
            ('covered_members', '覆盖会员数 / Members covered'),
            ('class_type', '托管班类型 / Class type'),
            ('children', '托管儿童数 / Children'),
            ('first_period', '首次报送的报送期 / Period in which it was first reported'),
            ('drive_enterprise_meetings', '双沟通：企业沟通会场次（模板 v2）/ Organising drive: enterprise meetings (template v2)'),
            ('drive_worker_meetings', '双沟通：职工沟通会场次 / Organising drive: worker meetings'),
            ('drive_firms_reached', '双沟通：覆盖企业数 / Organising drive: firms reached'),
            ('drive_firms_intending', '双沟通：建会意向企业数 / Organising drive: firms intending to form a union'),
            ('drive_new_members', '双沟通：新入会职工数 / Organising drive: new members'),
            ('model_workers_national', '劳模：全国劳模人数 / National model workers'),
            ('model_workers_municipal', '劳模：北京市劳模人数 / Beijing model workers'),
            ('unionised_firms', '已建会企业数 / Firms with a union'),
            ('collective_contract_firms', '其中：签订集体合同企业数 / Of which with a collective contract'),
            ('workers_congress_firms', '其中：建立职代会制度企业数 / Of which with a workers'' congress'),
            ('collective_contract_coverage', '集体合同覆盖率 = 签订集体合同企业数 / 已建会企业数 / Collective-contract coverage = collective_contract_firms / unionised_firms'),
            ('workers_congress_coverage', '职代会建制率 = 建立职代会制度企业数 / 已建会企业数 / Workers'' congress coverage = workers_congress_firms / unionised_firms'),
            ('collective_contract_target', '集体合同覆盖率目标 / Collective-contract coverage target'),
            ('collective_contract_achieved', '是否达到集体合同覆盖率目标，无目标为空 / Collective-contract target met; null without a target'),
            ('workers_congress_target', '职代会建制率目标 / Workers'' congress coverage target'),
            ('workers_congress_achieved', '是否达到职代会建制率目标，无目标为空 / Workers'' congress target met; null without a target'),
            ('members_with_app_registered', '填报了APP注册会员数的街道的会员人数（APP注册率的分母）/ Members of the federations that know app_registered, the rate''s denominator'),
            ('members_with_activity_members', '填报了活动参与会员数的街道的会员人数（活动参与率的分母）/ Members of the federations that know activity_members, the rate''s denominator'),
            ('unionised_firms_with_collective_contract', '填报了签订集体合同企业数的街道的已建会企业数（覆盖率的分母）/ Unionised firms of the federations that know collective_contract_firms, the coverage''s denominator'),
            ('unionised_firms_with_workers_congress', '填报了建立职代会制度企业数的街道的已建会企业数（建制率的分母）/ Unionised firms of the federations that know workers_congress_firms, the coverage''s denominator'),
            ('previous_federations_reporting', '上一报送期已采用报送的街道数 / Federations with an accepted submission in the previous period'),
            ('federations_both', '本期和上期都有已采用报送的街道数 / Federations with an accepted submission in both periods'),
            ('comparable_count', '两期都报送的街道本期运行设施数 / Active count over the federations reporting in both periods'),
            ('comparable_previous_count', '两期都报送的街道上期运行设施数 / Previous active count over the same federations'),
            ('scope_name', '范围：全市或区名称 / Scope: the city (全市) or the district''s name'),
            ('scope_order', '排列：0 全市，1 各区 / Order: 0 the city, 1 a district'),
            ('sort_order', '报表中的排列顺序 / Order in reports'),
            ('indicator', '指标代码（即 municipal_profile 的列名）/ Figure key, the column of municipal_profile'),
            ('indicator_zh', '指标中文名 / Figure in Chinese'),
            ('value', '数值（合计）；比率类指标为空 / The figure, a total; null for a rate'),
            ('rate', '比率（合计之比）；非比率指标为空 / The rate, a ratio of totals; null for other figures'),
            ('target', '目标比率，无目标为空 / Target rate; null without a target'),
            ('achieved', '是否达到目标，无目标为空 / Target met; null without a target'),
            ('federations_covered', '该项有数据的街道数 / Federations with a known value of the figure'),
            ('comparable_change', '可比增减（仅计两期都报送的街道）/ Comparable change, over the federations reporting in both periods')
        ) AS v (column_name, description) ON v.column_name = col.column_name
        WHERE col.table_schema = 'mart'
    LOOP
        EXECUTE format('COMMENT ON COLUMN mart.%I.%I IS %L', c.table_name, c.column_name, c.description);
    END LOOP;
    -- How many federations a figure covers: named after the figure, described from it.
    FOR c IN
        SELECT col.table_name, col.column_name,
               split_part(d.description, ' / ', 1) || '：有数据的街道数 / Federations with a known value: '
                   || split_part(d.description, ' / ', 2) AS description
        FROM information_schema.columns col
        JOIN pg_catalog.pg_description d
            ON d.objoid = 'core.federation_profile'::regclass AND d.objsubid > 0
           AND col.column_name = (SELECT a.attname FROM pg_catalog.pg_attribute a
                                  WHERE a.attrelid = d.objoid AND a.attnum = d.objsubid) || '_federations'
        WHERE col.table_schema = 'mart' AND col.column_name LIKE '%\_federations'
    LOOP
        EXECUTE format('COMMENT ON COLUMN mart.%I.%I IS %L', c.table_name, c.column_name, c.description);
    END LOOP;
END
$$;

COMMENT ON COLUMN mart.facilities.starts_on IS '开班日期（托管班）/ Class starts on (childcare classes)';
COMMENT ON COLUMN mart.facilities.ends_on IS '结班日期（托管班）/ Class ends on (childcare classes)';
COMMENT ON COLUMN mart.district_profile.members IS '会员人数合计 / Members, total of the district';
COMMENT ON COLUMN mart.municipal_profile.members IS '会员人数合计 / Members, total of the city';
COMMENT ON COLUMN mart.municipal_profile.federations_reporting IS '已采用报送的街道数 / Federations with an accepted submission';
COMMENT ON COLUMN mart.district_profile.federations_reporting IS '已采用报送的街道数（计入比率的街道）/ Federations with an accepted submission, those in the rates';

COMMENT ON VIEW mart.reporting_period IS '报送期：已登记或已有数据的报送期 / Periods registered or having data';
COMMENT ON VIEW mart.facility_activity IS '已采用快照中的各设施本期是否计为运行 / Whether each facility of an accepted snapshot counts as active in its period';
COMMENT ON VIEW mart.facility_counts IS '各街道各类设施运行数（仅已采用报送的街道，五类齐全）/ Active facilities per federation and type, for federations with an accepted submission, every type';
COMMENT ON VIEW mart.district_facility_counts IS '各区各类设施运行数 / Active facilities per district and type';
COMMENT ON VIEW mart.municipal_statistics IS '全市各类设施运行数及较上期增减 / Municipal active facilities per type, with the change against the previous period';
COMMENT ON VIEW mart.federation_submission_state IS '各街道各期报送状态 / Each federation''s submission state per period';
COMMENT ON VIEW mart.submission_completeness IS '各区报送完成情况 / Submission completeness per district';
COMMENT ON VIEW mart.missing_federations IS '未报送或仅有退回的街道名单 / Federations without an accepted submission';
COMMENT ON VIEW mart.federation_profile IS '各街道基本情况及比率、目标达成 / Federation profiles with rates and targets met';
COMMENT ON VIEW mart.district_profile IS '各区基本情况汇总及比率、目标达成 / District roll-up of profiles, rates and targets met';
COMMENT ON VIEW mart.period_targets IS '各报送期的指标目标值（一期一行）/ Indicator targets, one row per period';
COMMENT ON VIEW mart.profile_sums IS '基本情况各项合计及有数据的街道数，按区及全市（区代码为空）/ Each profile figure summed over the federations that know it, with their count, per district and for the city (district_code null)';
COMMENT ON VIEW mart.profile_scopes IS '工作指标卡的各项指标：各区及全市（区代码为空）/ The union card figures of every district and of the city (district_code null)';
COMMENT ON VIEW mart.municipal_profile IS '全市工作指标：基本情况合计、比率（合计之比）、目标达成及覆盖街道数 / The city''s union card: totals, rates as ratios of totals, targets met and federations covered';
COMMENT ON VIEW mart.district_comparable_counts IS '各区各类设施：两期都报送的街道本期与上期运行数 / Per district and type, the active counts of both periods over the federations reporting in both';
COMMENT ON VIEW mart.district_federations_both IS '各区本期和上期都有已采用报送的街道数 / Per district, the federations with an accepted submission in both periods';
COMMENT ON VIEW mart.district_comparable_change IS '各区各类设施较上期增减：原始增减与可比增减（仅计两期都报送的街道）/ Change per district and type, raw and comparable (federations reporting in both periods)';
COMMENT ON VIEW mart.comparable_change IS '全市各类设施较上期增减：原始增减与可比增减（仅计两期都报送的街道）/ Municipal change per type, raw and comparable (federations reporting in both periods)';
COMMENT ON VIEW mart.profile_card IS '工作指标卡：全市和各区的各项指标（一项一行）及目标达成、覆盖街道数 / The union card of the city and each district, one row per figure, with targets and federations covered';
COMMENT ON VIEW mart.federation_approval_state IS '各街道已采用报送的审核状态 / The review state of each accepted submission in force';
COMMENT ON VIEW mart.district_approval_state IS '各区审核状态（所属街道中最靠前的状态）/ Each district''s review state, the least advanced of its federations';
COMMENT ON COLUMN mart.federation_approval_state.approval_rank IS '审核进度序号：0 已退回、1 暂定、2 区已审核、3 市已审核 / Order of the state, least advanced first';
COMMENT ON COLUMN mart.federation_approval_state.approval_comment IS '退回意见 / Comment of a return';
COMMENT ON COLUMN mart.federation_approval_state.approval_decided_by IS '最近审核操作的用户 / Who took the last review step';
COMMENT ON COLUMN mart.federation_approval_state.approval_decided_at IS '最近审核操作时间 / When';
COMMENT ON VIEW mart.facilities IS '各期填报的设施明细 / Facilities as reported, per period';

-- Default privileges cover views created by the migration owner; this also covers a
-- database migrated by another user before the role existed.
GRANT SELECT ON ALL TABLES IN SCHEMA mart TO "${reader_role}";

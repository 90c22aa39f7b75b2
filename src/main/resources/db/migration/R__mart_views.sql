-- The marts statisticians query (docs/warehouse.md). Dropped and recreated in dependency
-- order on every change, so comments and grants are restated at the end of this file.
DROP VIEW IF EXISTS mart.district_profile, mart.federation_profile, mart.missing_federations,
    mart.submission_completeness, mart.federation_submission_state, mart.municipal_statistics,
    mart.district_facility_counts, mart.facility_counts, mart.facility_activity, mart.facilities,
    mart.reporting_period CASCADE;

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

-- Whether each facility of an accepted snapshot counts as active in its period: the one
-- place that states the rule (childcare classes: overlapping the period, not closed).
CREATE VIEW mart.facility_activity AS
SELECT s.period, s.federation_code, s.facility_type, s.code, s.reported, s.status,
       CASE WHEN s.facility_type = 'childcare_class'
                THEN s.status <> '撤销'
                     AND s.starts_on <= coalesce(p.ends_on, core.period_ends_on(s.period))
                     AND s.ends_on >= coalesce(p.starts_on, core.period_starts_on(s.period))
            ELSE s.status = '运行' END AS active
FROM core.facility_snapshot s
LEFT JOIN core.period p ON p.period = s.period
WHERE EXISTS (SELECT FROM core.federation_profile fp
              WHERE fp.period = s.period AND fp.federation_code = s.federation_code);

CREATE VIEW mart.facility_counts AS
SELECT fp.period, d.district_code, d.district_name, f.federation_code, f.federation_name,
       t.facility_type, t.facility_type_zh, coalesce(c.active_count, 0)::integer AS active_count,
       coalesce(c.reported_count, 0)::integer AS reported_count
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
JOIN core.district d ON d.district_code = f.district_code
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
       coalesce(e.federations_expected, 0)::integer AS federations_expected
FROM mart.reporting_period r
CROSS JOIN core.district d
CROSS JOIN core.facility_type t
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
       rej.last_rejected_at, r.deadline
FROM mart.reporting_period r
CROSS JOIN core.federation f
JOIN core.district d ON d.district_code = f.district_code
LEFT JOIN core.federation_profile fp ON fp.period = r.period AND fp.federation_code = f.federation_code
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
       st.deadline
FROM mart.federation_submission_state st
GROUP BY st.period, st.district_code, st.district_name, st.deadline;

CREATE VIEW mart.missing_federations AS
SELECT st.period, st.district_code, st.district_name, st.federation_code, st.federation_name,
       st.submission_state, st.submission_state_zh, st.rejected_count, st.last_rejected_at
FROM mart.federation_submission_state st
WHERE st.submission_state <> 'accepted';

CREATE VIEW mart.federation_profile AS
SELECT fp.period, fp.federation_code, f.federation_name, d.district_code, d.district_name,
       fp.union_orgs, fp.grassroots_committees, fp.community_joint_unions, fp.industry_joint_unions,
       fp.joint_union_groups, fp.members, fp.station_staff, fp.app_registered, fp.activity_members,
       fp.activity_visits,
       round(fp.app_registered::numeric / nullif(fp.members, 0), 4) AS app_registration_rate,
       round(fp.activity_members::numeric / nullif(fp.members, 0), 4) AS activity_participation_rate,
       fp.assisted_people, fp.assistance_yuan,
       app.target_rate AS app_registration_target,
       round(fp.app_registered::numeric / nullif(fp.members, 0), 4) >= app.target_rate AS app_registration_achieved,
       act.target_rate AS activity_participation_target,
       round(fp.activity_members::numeric / nullif(fp.members, 0), 4) >= act.target_rate
           AS activity_participation_achieved,
       fp.submission_id, fp.received_at, fp.accepted_at
FROM core.federation_profile fp
JOIN core.federation f ON f.federation_code = fp.federation_code
JOIN core.district d ON d.district_code = f.district_code
LEFT JOIN core.indicator_target app ON app.period = fp.period AND app.indicator = 'app_registration_rate'
LEFT JOIN core.indicator_target act ON act.period = fp.period AND act.indicator = 'activity_participation_rate';

CREATE VIEW mart.district_profile AS
SELECT r.period, d.district_code, d.district_name,
       coalesce(a.federations_reporting, 0)::integer AS federations_reporting,
       a.union_orgs, a.members, a.app_registered, a.activity_members, a.activity_visits,
       round(a.app_registered::numeric / nullif(a.members, 0), 4) AS app_registration_rate,
       round(a.activity_members::numeric / nullif(a.members, 0), 4) AS activity_participation_rate,
       a.assisted_people, a.assistance_yuan,
       app.target_rate AS app_registration_target,
       round(a.app_registered::numeric / nullif(a.members, 0), 4) >= app.target_rate AS app_registration_achieved,
       act.target_rate AS activity_participation_target,
       round(a.activity_members::numeric / nullif(a.members, 0), 4) >= act.target_rate
           AS activity_participation_achieved,
       coalesce(a.federations_meeting_app_target, 0)::integer AS federations_meeting_app_target,
       coalesce(a.federations_meeting_participation_target, 0)::integer AS federations_meeting_participation_target
FROM mart.reporting_period r
CROSS JOIN core.district d
LEFT JOIN (
    SELECT p.period, p.district_code, count(*) AS federations_reporting, sum(p.union_orgs) AS union_orgs,
           sum(p.members) AS members, sum(p.app_registered) AS app_registered,
           sum(p.activity_members) AS activity_members, sum(p.activity_visits) AS activity_visits,
           sum(p.assisted_people) AS assisted_people, sum(p.assistance_yuan) AS assistance_yuan,
           count(*) FILTER (WHERE p.app_registration_achieved) AS federations_meeting_app_target,
           count(*) FILTER (WHERE p.activity_participation_achieved) AS federations_meeting_participation_target
    FROM mart.federation_profile p
    GROUP BY p.period, p.district_code
) a ON a.period = r.period AND a.district_code = d.district_code
LEFT JOIN core.indicator_target app ON app.period = r.period AND app.indicator = 'app_registration_rate'
LEFT JOIN core.indicator_target act ON act.period = r.period AND act.indicator = 'activity_participation_rate';

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
            ('first_period', '首次报送的报送期 / Period in which it was first reported')
        ) AS v (column_name, description) ON v.column_name = col.column_name
        WHERE col.table_schema = 'mart'
    LOOP
        EXECUTE format('COMMENT ON COLUMN mart.%I.%I IS %L', c.table_name, c.column_name, c.description);
    END LOOP;
END
$$;

COMMENT ON COLUMN mart.facilities.starts_on IS '开班日期（托管班）/ Class starts on (childcare classes)';
COMMENT ON COLUMN mart.facilities.ends_on IS '结班日期（托管班）/ Class ends on (childcare classes)';
COMMENT ON COLUMN mart.district_profile.members IS '会员人数合计 / Members, total of the district';
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
COMMENT ON VIEW mart.facilities IS '各期填报的设施明细 / Facilities as reported, per period';

-- Default privileges cover views created by the migration owner; this also covers a
-- database migrated by another user before the role existed.
GRANT SELECT ON ALL TABLES IN SCHEMA mart TO "${reader_role}";

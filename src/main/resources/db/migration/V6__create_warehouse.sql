-- Rows as read, by submission (accepted or not). Values that failed validation are null.
CREATE TABLE staging.profile (
    submission_id          bigint PRIMARY KEY REFERENCES ops.submission ON DELETE CASCADE,
    template_version       text,
    federation_code        text,
    federation_name        text,
    district_name          text,
    period                 text,
    contact_name           text,
    contact_phone          text,
    filled_on              date,
    union_orgs             integer,
    grassroots_committees  integer,
    community_joint_unions integer,
    industry_joint_unions  integer,
    joint_union_groups     integer,
    members                integer,
    station_staff          integer,
    app_registered         integer,
    activity_members       integer,
    activity_visits        integer,
    assisted_people        integer,
    assistance_yuan        numeric(14, 2)
);

CREATE TABLE staging.facility (
    submission_id   bigint NOT NULL REFERENCES ops.submission ON DELETE CASCADE,
    facility_type   text NOT NULL,
    row_no          integer NOT NULL,
    code            text,
    name            text,
    address         text,
    status          text,
    area_sqm        numeric(12, 2),
    staff_count     integer,
    opened_on       date,
    outdoor_service boolean,
    host_unit       text,
    services        text[],
    workplace       text,
    level           text,
    covered_members integer,
    class_type      text,
    starts_on       date,
    ends_on         date,
    children        integer,
    PRIMARY KEY (submission_id, facility_type, row_no)
);

-- The facility identity: a federation's own code for it, stable from period to period.
CREATE TABLE core.facility (
    facility_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    federation_code text NOT NULL REFERENCES core.federation,
    facility_type   text NOT NULL,
    code            text NOT NULL,
    first_period    text NOT NULL,
    UNIQUE (federation_code, facility_type, code)
);
COMMENT ON TABLE core.facility IS '设施（按街道自编编号识别，跨期稳定）/ Facilities, identified by the federation''s own stable code';
COMMENT ON COLUMN core.facility.facility_id IS '设施内部标识 / Internal facility id';
COMMENT ON COLUMN core.facility.federation_code IS '街道代码 / Federation code';
COMMENT ON COLUMN core.facility.facility_type IS '设施类型：service_station 工会服务站、warm_station 暖心驿站、worker_home 职工之家、mother_baby_room 母婴关爱室、childcare_class 子女托管班 / Facility type';
COMMENT ON COLUMN core.facility.code IS '编号（街道自编）/ The federation''s own code for the facility';
COMMENT ON COLUMN core.facility.first_period IS '首次报送的报送期 / Period in which it was first reported';

-- Each federation's accepted snapshot per period: one row per facility reported, plus rows
-- for facilities of the previous accepted snapshot that are absent (closed from this period on).
CREATE TABLE core.facility_snapshot (
    period          text NOT NULL,
    federation_code text NOT NULL,
    facility_type   text NOT NULL,
    code            text NOT NULL,
    facility_id     bigint NOT NULL REFERENCES core.facility,
    submission_id   bigint NOT NULL,
    reported        boolean NOT NULL,
    name            text,
    address         text,
    status          text NOT NULL,
    area_sqm        numeric(12, 2),
    staff_count     integer,
    opened_on       date,
    outdoor_service boolean,
    host_unit       text,
    services        text[],
    workplace       text,
    level           text,
    covered_members integer,
    class_type      text,
    starts_on       date,
    ends_on         date,
    children        integer,
    PRIMARY KEY (period, federation_code, facility_type, code)
);
CREATE INDEX facility_snapshot_facility_idx ON core.facility_snapshot (facility_id, period);
CREATE INDEX facility_snapshot_name_idx ON core.facility_snapshot (period, facility_type, lower(name));
COMMENT ON TABLE core.facility_snapshot IS '各街道每期已采用报送中的设施快照（含因缺报视为撤销的设施）/ Facilities in each federation''s accepted snapshot per period, including those absent and so treated as closed';
COMMENT ON COLUMN core.facility_snapshot.period IS '报送期 / Period';
COMMENT ON COLUMN core.facility_snapshot.federation_code IS '街道代码 / Federation code';
COMMENT ON COLUMN core.facility_snapshot.facility_type IS '设施类型 / Facility type';
COMMENT ON COLUMN core.facility_snapshot.code IS '编号 / Facility code';
COMMENT ON COLUMN core.facility_snapshot.facility_id IS '设施内部标识 / Internal facility id';
COMMENT ON COLUMN core.facility_snapshot.submission_id IS '来源报送 / Submission the row comes from';
COMMENT ON COLUMN core.facility_snapshot.reported IS '本期是否填报；否表示上期有、本期缺报，视为撤销 / Reported this period; false when absent and so treated as closed';
COMMENT ON COLUMN core.facility_snapshot.name IS '名称 / Name';
COMMENT ON COLUMN core.facility_snapshot.address IS '地址（托管班为举办地点）/ Address (for childcare classes, the venue)';
COMMENT ON COLUMN core.facility_snapshot.status IS '状态：运行、暂停、撤销 / Status: running, suspended, closed';
COMMENT ON COLUMN core.facility_snapshot.area_sqm IS '面积（平方米）/ Area in square metres';
COMMENT ON COLUMN core.facility_snapshot.staff_count IS '工作人员数 / Staff';
COMMENT ON COLUMN core.facility_snapshot.opened_on IS '启用（建成）日期 / Opened on';
COMMENT ON COLUMN core.facility_snapshot.outdoor_service IS '是否提供户外劳动者服务 / Serves outdoor workers';
COMMENT ON COLUMN core.facility_snapshot.host_unit IS '依托单位 / Host unit';
COMMENT ON COLUMN core.facility_snapshot.services IS '服务项目 / Services offered';
COMMENT ON COLUMN core.facility_snapshot.workplace IS '所在单位 / Workplace';
COMMENT ON COLUMN core.facility_snapshot.level IS '级别 / Level';
COMMENT ON COLUMN core.facility_snapshot.covered_members IS '覆盖会员数 / Members covered';
COMMENT ON COLUMN core.facility_snapshot.class_type IS '托管班类型 / Class type';
COMMENT ON COLUMN core.facility_snapshot.starts_on IS '开班日期 / Class starts on';
COMMENT ON COLUMN core.facility_snapshot.ends_on IS '结班日期 / Class ends on';
COMMENT ON COLUMN core.facility_snapshot.children IS '托管儿童数 / Children';

-- Each federation's accepted profile per period: one row per federation and period, from its
-- single current accepted submission.
CREATE TABLE core.federation_profile (
    period                 text NOT NULL,
    federation_code        text NOT NULL REFERENCES core.federation,
    submission_id          bigint NOT NULL,
    received_at            timestamptz NOT NULL,
    accepted_at            timestamptz NOT NULL,
    filled_on              date,
    union_orgs             integer,
    grassroots_committees  integer,
    community_joint_unions integer,
    industry_joint_unions  integer,
    joint_union_groups     integer,
    members                integer,
    station_staff          integer,
    app_registered         integer,
    activity_members       integer,
    activity_visits        integer,
    assisted_people        integer,
    assistance_yuan        numeric(14, 2),
    PRIMARY KEY (period, federation_code)
);
COMMENT ON TABLE core.federation_profile IS '各街道每期已采用报送的基本情况 / Each federation''s accepted profile per period';
COMMENT ON COLUMN core.federation_profile.period IS '报送期 / Period';
COMMENT ON COLUMN core.federation_profile.federation_code IS '街道代码 / Federation code';
COMMENT ON COLUMN core.federation_profile.submission_id IS '当前采用的报送 / The accepted submission in force';
COMMENT ON COLUMN core.federation_profile.received_at IS '文件接收时间 / When the file was received';
COMMENT ON COLUMN core.federation_profile.accepted_at IS '采用时间 / When it was accepted';
COMMENT ON COLUMN core.federation_profile.filled_on IS '填报日期 / Filled in on';
COMMENT ON COLUMN core.federation_profile.union_orgs IS '工会组织数 / Union organisations';
COMMENT ON COLUMN core.federation_profile.grassroots_committees IS '其中：基层工会委员会 / Of which grassroots committees';
COMMENT ON COLUMN core.federation_profile.community_joint_unions IS '其中：社区联合工会 / Of which community joint unions';
COMMENT ON COLUMN core.federation_profile.industry_joint_unions IS '其中：行业联合工会 / Of which industry joint unions';
COMMENT ON COLUMN core.federation_profile.joint_union_groups IS '其中：联合工会小组 / Of which joint union groups';
COMMENT ON COLUMN core.federation_profile.members IS '会员人数 / Members';
COMMENT ON COLUMN core.federation_profile.station_staff IS '服务站工作人员数 / Service station staff';
COMMENT ON COLUMN core.federation_profile.app_registered IS 'APP注册会员数 / Members registered in the app';
COMMENT ON COLUMN core.federation_profile.activity_members IS '活动参与会员数 / Members taking part in activities';
COMMENT ON COLUMN core.federation_profile.activity_visits IS '活动参与人次 / Activity attendances';
COMMENT ON COLUMN core.federation_profile.assisted_people IS '帮扶慰问人次 / People assisted';
COMMENT ON COLUMN core.federation_profile.assistance_yuan IS '帮扶慰问金额（元）/ Assistance paid, yuan';

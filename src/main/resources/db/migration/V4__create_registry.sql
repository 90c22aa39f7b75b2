CREATE TABLE core.district (
    district_code text PRIMARY KEY CHECK (district_code ~ '^[0-9]{6}$'),
    district_name text NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE core.district IS '区（县级行政区）/ Districts (county-level divisions)';
COMMENT ON COLUMN core.district.district_code IS '区划代码（6位）/ Division code (6 digits)';
COMMENT ON COLUMN core.district.district_name IS '区名称 / District name';
COMMENT ON COLUMN core.district.updated_at IS '最近导入时间 / Last imported at';

CREATE TABLE core.federation (
    federation_code text PRIMARY KEY CHECK (federation_code ~ '^[0-9]{9}$'),
    federation_name text NOT NULL,
    district_code   text NOT NULL REFERENCES core.district,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX federation_district_idx ON core.federation (district_code);
COMMENT ON TABLE core.federation IS '街道（乡镇）总工会，即报送单位 / Sub-district federations, the reporting units';
COMMENT ON COLUMN core.federation.federation_code IS '街道代码（9位区划代码）/ Federation code (9-digit division code)';
COMMENT ON COLUMN core.federation.federation_name IS '街道名称 / Federation name';
COMMENT ON COLUMN core.federation.district_code IS '所属区代码 / District code';
COMMENT ON COLUMN core.federation.updated_at IS '最近导入时间 / Last imported at';

CREATE TABLE core.period (
    period          text PRIMARY KEY,
    period_type     text NOT NULL CHECK (period_type IN ('YEAR', 'HALF', 'QUARTER', 'MONTH')),
    starts_on       date NOT NULL,
    ends_on         date NOT NULL,
    previous_period text NOT NULL,
    closed_at       timestamptz,
    deadline        date
);
COMMENT ON TABLE core.period IS '报送期（未关闭即开放）/ Reporting periods (open until closed)';
COMMENT ON COLUMN core.period.period IS '报送期，如 2017、2017-H1、2017-Q3、2017-12 / Period notation';
COMMENT ON COLUMN core.period.period_type IS '报送期类型：YEAR 年、HALF 半年、QUARTER 季、MONTH 月 / Period type';
COMMENT ON COLUMN core.period.starts_on IS '起始日期 / First day';
COMMENT ON COLUMN core.period.ends_on IS '截止日期 / Last day';
COMMENT ON COLUMN core.period.previous_period IS '同类型的上一报送期 / The previous period of the same type';
COMMENT ON COLUMN core.period.closed_at IS '关闭时间，空表示开放 / When the period was closed; null while open';
COMMENT ON COLUMN core.period.deadline IS '报送截止日（用于按时报送统计）/ Submission deadline, for the on-time figures';

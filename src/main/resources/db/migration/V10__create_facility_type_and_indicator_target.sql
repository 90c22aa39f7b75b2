-- The five facility types are fixed by template v1 (a new type means a new template and a
-- new migration), so the lookup is a view over constants: it cannot be emptied by a
-- TRUNCATE of the core tables and every mart can cross join it to show zero counts.
CREATE VIEW core.facility_type (facility_type, facility_type_zh, sort_order) AS
VALUES ('service_station', '工会服务站', 1),
       ('warm_station', '暖心驿站', 2),
       ('worker_home', '职工之家', 3),
       ('mother_baby_room', '母婴关爱室', 4),
       ('childcare_class', '子女托管班', 5);
COMMENT ON VIEW core.facility_type IS '设施类型字典（模板 v1 固定的五类）/ Facility types, the five fixed by template v1';
COMMENT ON COLUMN core.facility_type.facility_type IS '设施类型代码 / Facility type key';
COMMENT ON COLUMN core.facility_type.facility_type_zh IS '设施类型中文名（即模板工作表名）/ Chinese name, also the template sheet name';
COMMENT ON COLUMN core.facility_type.sort_order IS '报表中的排列顺序 / Order in reports';

-- Targets set upward for the profile rates (e.g. 2017: app registration 30 %,
-- participation 35 %); a period without a row has no target.
CREATE TABLE core.indicator_target (
    period      text NOT NULL,
    indicator   text NOT NULL CHECK (indicator IN ('app_registration_rate', 'activity_participation_rate')),
    target_rate numeric(5, 4) NOT NULL CHECK (target_rate BETWEEN 0 AND 1),
    PRIMARY KEY (period, indicator)
);
COMMENT ON TABLE core.indicator_target IS '各报送期的指标目标值 / Indicator targets per period';
COMMENT ON COLUMN core.indicator_target.period IS '报送期 / Period';
COMMENT ON COLUMN core.indicator_target.indicator IS '指标：app_registration_rate APP注册率、activity_participation_rate 活动参与率 / Indicator';
COMMENT ON COLUMN core.indicator_target.target_rate IS '目标比率（0.30 即 30%）/ Target rate (0.30 is 30 %)';

-- Period arithmetic for periods seen in submissions but not (yet) in core.period; the same
-- rules as org.unionstats.registry.Period. Returns null for text that is not a period.
CREATE FUNCTION core.period_starts_on(p text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
    WHEN p ~ '^[0-9]{4}$' THEN make_date(left(p, 4)::int, 1, 1)
    WHEN p ~ '^[0-9]{4}-H[12]$' THEN make_date(left(p, 4)::int, (right(p, 1)::int - 1) * 6 + 1, 1)
    WHEN p ~ '^[0-9]{4}-Q[1-4]$' THEN make_date(left(p, 4)::int, (right(p, 1)::int - 1) * 3 + 1, 1)
    WHEN p ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN make_date(left(p, 4)::int, right(p, 2)::int, 1)
END
$$;
COMMENT ON FUNCTION core.period_starts_on(text) IS '报送期起始日期 / First day of a period';

CREATE FUNCTION core.period_type_of(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
    WHEN p ~ '^[0-9]{4}$' THEN 'YEAR'
    WHEN p ~ '^[0-9]{4}-H[12]$' THEN 'HALF'
    WHEN p ~ '^[0-9]{4}-Q[1-4]$' THEN 'QUARTER'
    WHEN p ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN 'MONTH'
END
$$;
COMMENT ON FUNCTION core.period_type_of(text) IS '报送期类型 / Type of a period';

CREATE FUNCTION core.period_ends_on(p text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT (core.period_starts_on(p)
        + make_interval(months => CASE core.period_type_of(p) WHEN 'YEAR' THEN 12 WHEN 'HALF' THEN 6
                                                              WHEN 'QUARTER' THEN 3 WHEN 'MONTH' THEN 1 END))::date - 1
$$;
COMMENT ON FUNCTION core.period_ends_on(text) IS '报送期截止日期 / Last day of a period';

CREATE FUNCTION core.period_previous(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE core.period_type_of(p)
    WHEN 'YEAR' THEN (left(p, 4)::int - 1)::text
    WHEN 'HALF' THEN CASE right(p, 1) WHEN '1' THEN (left(p, 4)::int - 1) || '-H2' ELSE left(p, 4) || '-H1' END
    WHEN 'QUARTER' THEN CASE right(p, 1) WHEN '1' THEN (left(p, 4)::int - 1) || '-Q4'
                                         ELSE left(p, 4) || '-Q' || (right(p, 1)::int - 1) END
    WHEN 'MONTH' THEN to_char(make_date(left(p, 4)::int, right(p, 2)::int, 1) - interval '1 month', 'YYYY-MM')
END
$$;
COMMENT ON FUNCTION core.period_previous(text) IS '同类型的上一报送期 / The previous period of the same type';

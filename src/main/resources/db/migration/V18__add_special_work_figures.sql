-- Template v2: the special-work figures of 基本情况. Nullable everywhere: a v1 submission
-- leaves them unknown, which is not zero.
ALTER TABLE staging.profile
    ADD COLUMN drive_enterprise_meetings integer,
    ADD COLUMN drive_worker_meetings     integer,
    ADD COLUMN drive_firms_reached       integer,
    ADD COLUMN drive_firms_intending     integer,
    ADD COLUMN drive_new_members         integer,
    ADD COLUMN model_workers_national    integer,
    ADD COLUMN model_workers_municipal   integer,
    ADD COLUMN unionised_firms           integer,
    ADD COLUMN collective_contract_firms integer,
    ADD COLUMN workers_congress_firms    integer,
    -- Where 工会组织数 sits in the federation's own sheet (its rows may come in any order),
    -- for the A1 reference of PROFILE_UNCHANGED, found against the warehouse.
    ADD COLUMN union_orgs_cell           text;

ALTER TABLE core.federation_profile
    ADD COLUMN drive_enterprise_meetings integer,
    ADD COLUMN drive_worker_meetings     integer,
    ADD COLUMN drive_firms_reached       integer,
    ADD COLUMN drive_firms_intending     integer,
    ADD COLUMN drive_new_members         integer,
    ADD COLUMN model_workers_national    integer,
    ADD COLUMN model_workers_municipal   integer,
    ADD COLUMN unionised_firms           integer,
    ADD COLUMN collective_contract_firms integer,
    ADD COLUMN workers_congress_firms    integer;
COMMENT ON COLUMN core.federation_profile.drive_enterprise_meetings IS '双沟通：企业沟通会场次（模板 v2，v1 为空）/ Organising drive: enterprise meetings (template v2; null from v1)';
COMMENT ON COLUMN core.federation_profile.drive_worker_meetings IS '双沟通：职工沟通会场次 / Organising drive: worker meetings';
COMMENT ON COLUMN core.federation_profile.drive_firms_reached IS '双沟通：覆盖企业数 / Organising drive: firms reached';
COMMENT ON COLUMN core.federation_profile.drive_firms_intending IS '双沟通：建会意向企业数 / Organising drive: firms intending to form a union';
COMMENT ON COLUMN core.federation_profile.drive_new_members IS '双沟通：新入会职工数 / Organising drive: new members';
COMMENT ON COLUMN core.federation_profile.model_workers_national IS '劳模：全国劳模人数 / National model workers';
COMMENT ON COLUMN core.federation_profile.model_workers_municipal IS '劳模：北京市劳模人数 / Beijing model workers';
COMMENT ON COLUMN core.federation_profile.unionised_firms IS '已建会企业数 / Firms with a union';
COMMENT ON COLUMN core.federation_profile.collective_contract_firms IS '其中：签订集体合同企业数 / Of which with a collective contract';
COMMENT ON COLUMN core.federation_profile.workers_congress_firms IS '其中：建立职代会制度企业数 / Of which with a workers'' congress';

-- The v2 coverage rates take targets like the v1 rates.
ALTER TABLE core.indicator_target DROP CONSTRAINT indicator_target_indicator_check;
ALTER TABLE core.indicator_target ADD CONSTRAINT indicator_target_indicator_check
    CHECK (indicator IN ('app_registration_rate', 'activity_participation_rate', 'collective_contract_coverage',
                         'workers_congress_coverage'));
COMMENT ON COLUMN core.indicator_target.indicator IS '指标：app_registration_rate APP注册率、activity_participation_rate 活动参与率、collective_contract_coverage 集体合同覆盖率、workers_congress_coverage 职代会建制率 / Indicator';

-- The one definition of "active" (spec: standing facilities are active when running;
-- a childcare class when it overlaps the period and is not closed, so a suspended class
-- counts). The mart views and the COUNT_SWING check both call it, so they cannot drift
-- apart again. A blank status is 运行, as in the template.
CREATE FUNCTION core.facility_is_active(facility_type text, status text, starts_on date, ends_on date,
                                        period_starts date, period_ends date) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(CASE WHEN facility_type = 'childcare_class'
                         THEN coalesce(status, '运行') <> '撤销' AND starts_on <= period_ends
                              AND ends_on >= period_starts
                     ELSE coalesce(status, '运行') = '运行' END, false)
$$;
COMMENT ON FUNCTION core.facility_is_active(text, text, date, date, date, date) IS '设施在报送期内是否计为运行（托管班：与报送期重叠且未撤销）/ Whether a facility counts as active in a period (childcare classes: overlapping it and not closed)';

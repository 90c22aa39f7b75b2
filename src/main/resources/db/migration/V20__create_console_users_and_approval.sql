-- The web console's users: people (and scripts) who sign in to serve's console. The
-- password is stored as Spring Security's delegating encoding ({bcrypt}..., {argon2}...),
-- never in clear. A DISTRICT user is bound to a district, a FEDERATION user to a
-- federation; ADMIN and MUNICIPAL users see the whole city.
CREATE TABLE ops.console_user (
    username        text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash   text NOT NULL,
    role            text NOT NULL CHECK (role IN ('ADMIN', 'MUNICIPAL', 'DISTRICT', 'FEDERATION')),
    district_code   text REFERENCES core.district,
    federation_code text REFERENCES core.federation,
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    failed_logins   integer NOT NULL DEFAULT 0,
    last_failed_at  timestamptz,
    CHECK ((role = 'DISTRICT') = (district_code IS NOT NULL)),
    CHECK ((role = 'FEDERATION') = (federation_code IS NOT NULL))
);
COMMENT ON TABLE ops.console_user IS '网页控制台用户 / Web console users';
COMMENT ON COLUMN ops.console_user.username IS '用户名 / User name';
COMMENT ON COLUMN ops.console_user.password_hash IS '口令散列（bcrypt 或 argon2）/ Password hash (bcrypt or argon2)';
COMMENT ON COLUMN ops.console_user.role IS '角色：ADMIN、MUNICIPAL、DISTRICT、FEDERATION / Role';
COMMENT ON COLUMN ops.console_user.district_code IS 'DISTRICT 用户所属区 / The district of a DISTRICT user';
COMMENT ON COLUMN ops.console_user.federation_code IS 'FEDERATION 用户所属街道 / The federation of a FEDERATION user';
COMMENT ON COLUMN ops.console_user.enabled IS '是否可登录 / Whether the user may sign in';
COMMENT ON COLUMN ops.console_user.failed_logins IS '连续登录失败次数 / Failed sign-ins in a row';
COMMENT ON COLUMN ops.console_user.last_failed_at IS '最近一次登录失败时间 / Last failed sign-in';

-- The review of a federation's accepted submission for a period. No row (or a row for an
-- earlier submission) means provisional: a new accepted workbook after a return makes the
-- federation provisional again without anyone writing here. municipal_approved is set on
-- every federation of a district at once, when the city approves the district.
CREATE TABLE core.federation_approval (
    period          text NOT NULL,
    federation_code text NOT NULL REFERENCES core.federation,
    submission_id   bigint NOT NULL REFERENCES ops.submission,
    approval_state  text NOT NULL CHECK (approval_state IN ('returned', 'district_approved', 'municipal_approved')),
    comment         text,
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (period, federation_code)
);
COMMENT ON TABLE core.federation_approval IS '街道报送的审核状态（无记录即为暂定）/ Review of a federation''s accepted submission (none: provisional)';
COMMENT ON COLUMN core.federation_approval.period IS '报送期 / Period';
COMMENT ON COLUMN core.federation_approval.federation_code IS '街道代码 / Federation code';
COMMENT ON COLUMN core.federation_approval.submission_id IS '所审核的已采用报送 / The accepted submission reviewed';
COMMENT ON COLUMN core.federation_approval.approval_state IS 'returned 退回、district_approved 区已审核、municipal_approved 市已审核 / State';
COMMENT ON COLUMN core.federation_approval.comment IS '退回意见 / Comment of a return';
COMMENT ON COLUMN core.federation_approval.decided_by IS '操作用户 / User who decided';
COMMENT ON COLUMN core.federation_approval.decided_at IS '操作时间 / When';

-- Every approval, return, withdrawal and reopening, as it happened.
CREATE TABLE ops.approval_audit (
    audit_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    username        text NOT NULL,
    action          text NOT NULL CHECK (action IN ('approve', 'return', 'withdraw', 'approve_district', 'reopen_district')),
    period          text NOT NULL,
    district_code   text NOT NULL,
    federation_code text,
    submission_id   bigint,
    comment         text
);
CREATE INDEX approval_audit_period_idx ON ops.approval_audit (period, district_code, at);
COMMENT ON TABLE ops.approval_audit IS '审核操作记录 / Audit of approvals, returns, withdrawals and reopenings';
COMMENT ON COLUMN ops.approval_audit.at IS '操作时间 / When';
COMMENT ON COLUMN ops.approval_audit.username IS '操作用户 / Who';
COMMENT ON COLUMN ops.approval_audit.action IS 'approve、return、withdraw（区对街道）、approve_district、reopen_district（市对区）/ What';
COMMENT ON COLUMN ops.approval_audit.period IS '报送期 / Period';
COMMENT ON COLUMN ops.approval_audit.district_code IS '区代码 / District';
COMMENT ON COLUMN ops.approval_audit.federation_code IS '街道代码（对区的操作为空）/ Federation (empty for a district action)';
COMMENT ON COLUMN ops.approval_audit.submission_id IS '所涉报送 / Submission concerned';
COMMENT ON COLUMN ops.approval_audit.comment IS '意见 / Comment';

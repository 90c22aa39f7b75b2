-- One row per file taken from the inbox, created by the claim, completed when the file has
-- been judged (status) and finished when the original has left the inbox. claim_lease is the
-- PostgreSQL advisory lock the claiming process holds while it lives: a claim whose lease is
-- no longer held belongs to a dead process.
CREATE TABLE ops.submission (
    submission_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    folder_code      text NOT NULL,
    original_name    text NOT NULL,
    inbox_path       text NOT NULL,
    work_path        text,
    size_bytes       bigint NOT NULL,
    sha256           text NOT NULL,
    received_at      timestamptz NOT NULL,
    claimed_at       timestamptz NOT NULL DEFAULT now(),
    claim_lease      integer NOT NULL,
    claimed_by       text NOT NULL,
    job_execution_id bigint,
    status           text NOT NULL CHECK (status IN ('CLAIMED', 'STAGED', 'ACCEPTED', 'REJECTED', 'SUPERSEDED', 'DUPLICATE')),
    federation_code  text,
    period           text,
    error_count      integer NOT NULL DEFAULT 0,
    warning_count    integer NOT NULL DEFAULT 0,
    data_rows        integer,
    decided_at       timestamptz,
    stored_name      text,
    placed_path      text,
    feedback_path    text,
    finished_at      timestamptz
);
-- A file in the inbox is claimed by one process at a time.
CREATE UNIQUE INDEX submission_open_claim_uq ON ops.submission (inbox_path) WHERE finished_at IS NULL;
-- At most one accepted (current) submission per federation and period.
CREATE UNIQUE INDEX submission_current_uq ON ops.submission (federation_code, period) WHERE status = 'ACCEPTED';
CREATE INDEX submission_folder_sha_idx ON ops.submission (folder_code, sha256);
CREATE INDEX submission_unfinished_idx ON ops.submission (status) WHERE finished_at IS NULL;
CREATE INDEX submission_period_idx ON ops.submission (period, federation_code);

CREATE TABLE ops.issue (
    issue_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES ops.submission ON DELETE CASCADE,
    code          text NOT NULL,
    severity      text NOT NULL CHECK (severity IN ('ERROR', 'WARNING', 'INFO')),
    sheet         text,
    cell_ref      text,
    row_no        integer,
    column_name   text,
    value         text,
    message_zh    text NOT NULL,
    message_en    text NOT NULL
);
CREATE INDEX issue_submission_idx ON ops.issue (submission_id);

-- Inbox folders whose name is not a registered federation, as last seen by a pass.
CREATE TABLE ops.unknown_folder (
    folder_name  text PRIMARY KEY,
    file_count   integer NOT NULL,
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

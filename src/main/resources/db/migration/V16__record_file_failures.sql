-- A file is judged on its own: when handling it fails for a reason that is not its
-- content (a folder not writable, a lock not granted, the database gone for a moment),
-- the failure is recorded against its submission and the rest of the pass goes on.
--
-- FAILED: a try that failed before the verdict. The row is finished (it no longer holds
-- the inbox path), nothing of it reaches the warehouse, and the file stays in the inbox
-- for the next pass, which claims it afresh. tries counts the failed tries of the same
-- file (path, size and modification time) in a row.
-- A decided submission whose feedback or move failed keeps its verdict and stays
-- unfinished: the next pass publishes it again, counting tries on the same row.
-- After unionstats.max-tries, the file is set aside in failed/<federation_code>/ with a
-- .reason.txt (set_aside_at, placed_path).
ALTER TABLE ops.submission DROP CONSTRAINT submission_status_check;
ALTER TABLE ops.submission ADD CONSTRAINT submission_status_check
    CHECK (status IN ('CLAIMED', 'STAGED', 'ACCEPTED', 'REJECTED', 'SUPERSEDED', 'DUPLICATE', 'FAILED'));
ALTER TABLE ops.submission
    ADD COLUMN tries          integer NOT NULL DEFAULT 0,
    ADD COLUMN failed_stage   text CHECK (failed_stage IN ('claim', 'stage', 'decide', 'publish')),
    ADD COLUMN last_failure   text,
    ADD COLUMN last_failed_at timestamptz,
    ADD COLUMN set_aside_at   timestamptz;

-- status lists the files waiting for another try, and those set aside.
CREATE INDEX submission_failed_idx ON ops.submission (last_failed_at) WHERE last_failure IS NOT NULL;

-- Inbox entries a pass did not follow: symbolic links, FIFOs, sockets, devices, as last
-- seen. Like ops.unknown_folder, rewritten by every pass.
CREATE TABLE ops.skipped_entry (
    entry_path   text PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('SYMLINK', 'SPECIAL_FILE')),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- The earlier tries of a file are found by its inbox path.
CREATE INDEX submission_inbox_path_idx ON ops.submission (inbox_path, submission_id);

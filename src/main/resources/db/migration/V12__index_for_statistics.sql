-- The marts count a period's snapshot by federation and type: this index answers that
-- from the index alone (after vacuum) instead of visiting every snapshot row.
CREATE INDEX facility_snapshot_counting_idx ON core.facility_snapshot (period, federation_code, facility_type)
    INCLUDE (status, starts_on, ends_on);

-- Completeness looks up rejected submissions by the folder that sent them (the reliable
-- owner), for one period.
CREATE INDEX submission_period_folder_idx ON ops.submission (period, folder_code, status);

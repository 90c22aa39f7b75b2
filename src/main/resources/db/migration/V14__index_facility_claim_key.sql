-- FACILITY_CLAIMED_ELSEWHERE compares each staged facility with every other federation's
-- snapshot of the period by name and address, ignoring case and white space. Without an
-- index on that normalised key each submission hashed the period's whole snapshot (26,000
-- rows for Beijing, millions nationally): 200 ms a file here, growing with the country.
CREATE FUNCTION core.facility_claim_key(name text, address text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(regexp_replace(coalesce(name, ''), '\s', '', 'g')) || '|'
        || lower(regexp_replace(coalesce(address, ''), '\s', '', 'g'));
COMMENT ON FUNCTION core.facility_claim_key(text, text) IS '设施名称与地址的归一化键（忽略大小写与空白）/ A facility''s name and address, case and white space ignored: the key FACILITY_CLAIMED_ELSEWHERE compares';

CREATE INDEX facility_snapshot_claim_key_idx
    ON core.facility_snapshot (period, facility_type, core.facility_claim_key(name, address))
    WHERE reported;

-- Replaced by the index above: without statistics (a new period's first pass) the planner
-- took it for the lookup and filtered every facility of the type by the key.
DROP INDEX core.facility_snapshot_name_idx;

-- What the municipal totals of a period depend on: the accepted submissions in force of
-- the period and of the previous one (a new or replaced one changes the count or the
-- highest id; snapshots change only with them).
SELECT count(*) || ':' || coalesce(max(fp.submission_id), 0)
FROM core.federation_profile fp
WHERE fp.period IN (:period, :previous)

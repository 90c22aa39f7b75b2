-- The city's active facilities by type with the change against the previous period, raw
-- and comparable (federations reporting in both periods).
SELECT c.facility_type_zh, c.active_count, c.previous_period, c.change, c.comparable_change,
       c.federations_both
FROM mart.comparable_change c
WHERE c.period = :period
ORDER BY c.sort_order

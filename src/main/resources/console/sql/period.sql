SELECT r.period, r.starts_on, r.ends_on, r.deadline, r.closed_at
FROM mart.reporting_period r
WHERE r.period = :period

-- A registered period's deadline and state; a period that is not registered is open and
-- has no deadline.
SELECT p.deadline, p.closed_at
FROM core.period p
WHERE p.period = :period

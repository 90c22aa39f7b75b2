-- Every file taken from the federation's folder for the period (or whose period could not
-- be read), newest first.
SELECT s.submission_id, s.original_name, s.received_at, s.status, s.period, s.error_count,
       s.warning_count, s.data_rows, s.feedback_path, s.placed_path, s.last_failure
FROM ops.submission s
WHERE s.folder_code = :federation AND (s.period = :period OR s.period IS NULL)
  AND s.status <> 'CLAIMED'
ORDER BY s.received_at DESC, s.submission_id DESC
LIMIT 100

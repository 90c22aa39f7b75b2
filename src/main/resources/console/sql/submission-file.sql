-- A file of one federation's folder, for download.
SELECT s.original_name, s.feedback_path, s.placed_path
FROM ops.submission s
WHERE s.submission_id = :submission AND s.folder_code = :federation

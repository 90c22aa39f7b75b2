SELECT i.submission_id, i.code, i.severity, i.sheet, i.cell_ref, i.message_zh, i.message_en
FROM ops.issue i
WHERE i.submission_id IN (:submissions)
ORDER BY i.submission_id, i.issue_id

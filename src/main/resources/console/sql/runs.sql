-- The latest job runs with what they read, wrote and skipped, and why one failed.
SELECT e.job_execution_id, i.job_name, e.start_time, e.end_time, e.status, e.exit_code,
       left(e.exit_message, 400) AS exit_message,
       coalesce(sum(st.read_count), 0) AS read_count, coalesce(sum(st.write_count), 0) AS write_count,
       coalesce(sum(st.process_skip_count + st.read_skip_count + st.write_skip_count), 0) AS skip_count
FROM batch_job_execution e
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
LEFT JOIN batch_step_execution st ON st.job_execution_id = e.job_execution_id
GROUP BY e.job_execution_id, i.job_name
ORDER BY e.job_execution_id DESC
LIMIT 50

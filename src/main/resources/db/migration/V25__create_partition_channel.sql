-- The channel of remote partitioning (unionstats.cluster.remote-partitioning=true in
-- serve): the node running a pass writes one message per partition here, and every serve
-- node's workers take them. Spring Integration's JDBC channel message store for
-- PostgreSQL (its schema-postgresql.sql, the INT_CHANNEL_MESSAGE part), and the trigger
-- its PostgreSQL subscriber listens to, so that a node is told of a message at once
-- instead of polling. A message is deleted as a worker takes it.
CREATE SEQUENCE int_message_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE int_channel_message (
    message_id       char(36)     NOT NULL,
    group_key        char(36)     NOT NULL,
    created_date     bigint       NOT NULL,
    message_priority bigint,
    message_sequence bigint       NOT NULL DEFAULT nextval('int_message_seq'),
    message_content  bytea,
    region           varchar(100) NOT NULL,
    CONSTRAINT int_channel_message_pk PRIMARY KEY (region, group_key, created_date, message_sequence)
);

CREATE INDEX int_channel_msg_delete_idx ON int_channel_message (region, group_key, message_id);

CREATE FUNCTION int_channel_message_notify_fct() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('int_channel_message_notify', NEW.region || ' ' || NEW.group_key);
    RETURN NEW;
END;
$$;

CREATE TRIGGER int_channel_message_notify_trg
    AFTER INSERT ON int_channel_message
    FOR EACH ROW
    EXECUTE FUNCTION int_channel_message_notify_fct();

-- Which node took which partition of a pass: written by the worker as it takes the
-- message, before the partition runs. The node running the pass marks a partition whose
-- worker's lease died as failed instead of waiting for it; the next pass redoes its
-- files. Also read by people asking which node did what.
CREATE TABLE ops.partition_worker (
    step_execution_id bigint      PRIMARY KEY,
    worker_lease      integer     NOT NULL,
    worker            text        NOT NULL,
    taken_at          timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ops.partition_worker IS '远程分区的执行节点 / The node that took each partition of a pass (remote partitioning)';
COMMENT ON COLUMN ops.partition_worker.step_execution_id IS '分区的步骤执行标识（batch_step_execution）/ The partition''s step execution';
COMMENT ON COLUMN ops.partition_worker.worker_lease IS '执行节点的租约 / Lease of the node that took it';
COMMENT ON COLUMN ops.partition_worker.worker IS '执行节点：主机:进程/租约 / The node, host:pid/lease';

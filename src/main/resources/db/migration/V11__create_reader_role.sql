-- The read-only role statisticians use. Roles are cluster-wide (several databases, e.g.
-- test runs, share one cluster), so the role is created only when missing, tolerating a
-- concurrent creator, and its privileges are granted in this database.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${reader_role}') THEN
        CREATE ROLE "${reader_role}" LOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        RAISE NOTICE 'role ${reader_role} was created concurrently';
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '${reader_role}');
END
$$;

GRANT USAGE ON SCHEMA core, mart TO "${reader_role}";
GRANT SELECT ON ALL TABLES IN SCHEMA core, mart TO "${reader_role}";
-- Tables and views created later by the migration owner become readable too.
ALTER DEFAULT PRIVILEGES IN SCHEMA core, mart GRANT SELECT ON TABLES TO "${reader_role}";

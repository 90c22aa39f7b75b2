-- Least privilege: what the runtime role (the one ingest, statistics, status and serve
-- connect as) may do, granted by the owner role (the one that runs the migrations).
--
-- Run as the owner, on the warehouse database, after the first migration and once per
-- database (the grants of tables that later migrations create follow from the default
-- privileges below):
--   psql -h <host> -U unionstats_owner -d unionstats -v ON_ERROR_STOP=1 -f docs/sql/grant-runtime-role.sql
-- Change the role name on the line marked below if yours is not unionstats_app. The role
-- itself (and its password) is created by an administrator, see docs/operations.md.
--
-- The runtime role reads and writes rows and nothing else: no DDL, no ownership. The marts
-- are plain views, so statistics needs SELECT only. ANALYZE of the facility snapshot after
-- a merge is skipped with a warning for a role that does not own the tables; autovacuum
-- (as the owner) still analyzes them.
DO $$
DECLARE
    runtime_role text := 'unionstats_app';  -- the runtime role's name
    data_schemas text := 'public, ops, staging, core';
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), runtime_role);
    EXECUTE format('GRANT USAGE ON SCHEMA %s, mart TO %I', data_schemas, runtime_role);
    -- public holds the Spring Batch and Quartz tables (and Flyway's history, read only).
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %s TO %I', data_schemas,
        runtime_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE public.flyway_schema_history FROM %I', runtime_role);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA mart TO %I', runtime_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO %I', data_schemas, runtime_role);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %s, mart TO %I', data_schemas, runtime_role);
    -- Objects the owner creates in later migrations (and the mart views it recreates).
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
        data_schemas, runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA mart GRANT SELECT ON TABLES TO %I', runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
        data_schemas, runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s, mart GRANT EXECUTE ON FUNCTIONS TO %I', data_schemas,
        runtime_role);
END
$$;

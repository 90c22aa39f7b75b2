#!/usr/bin/env bash
# Sourced by .ci/run and sample-data/demo.sh: makes sure a PostgreSQL answers on
# 127.0.0.1:5432 and that a role may connect without a password prompt and create databases.
# As root it installs Debian's postgresql when missing, starts the cluster, trusts local TCP
# connections and creates the role; as anyone else it says in one line what to run.

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

ensure_postgresql() {
  local role="${1:-postgres}"
  if ! command -v pg_isready >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed: run 'sudo apt-get install -y postgresql' (or point SPRING_DATASOURCE_URL at one)" >&2
      return 1
    fi
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    # A fresh Debian cluster asks for passwords over TCP; trust local connections, as the
    # machines this project is tested on do.
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    done
  fi
  if ! pg_ready; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL does not answer on 127.0.0.1:5432: start it, e.g. 'sudo pg_ctlcluster <version> main start'" >&2
      return 1
    fi
    for version in $(ls /etc/postgresql 2>/dev/null); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
  fi
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; return 1; }
  if ! psql -h 127.0.0.1 -U "$role" -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && [ "$role" != postgres ]; then
      runuser -u postgres -- psql -q -d postgres -c "CREATE ROLE \"$role\" LOGIN CREATEDB" 2>/dev/null || true
    fi
    psql -h 127.0.0.1 -U "$role" -d postgres -tAc 'SELECT 1' >/dev/null || {
      echo "PostgreSQL role '$role' cannot connect without a password: create it (createuser --createdb $role) or set PGPASSWORD / SPRING_DATASOURCE_PASSWORD" >&2
      return 1
    }
  fi
}

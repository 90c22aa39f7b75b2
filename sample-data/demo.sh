#!/usr/bin/env bash
# Builds unionstats and runs the main job on the sample data: registry import, ingest, statistics.
# Uses the local PostgreSQL (database "unionstats_demo", recreated each run); writes under target/demo-drop/.
set -euo pipefail
export LANG=C.UTF-8
cd "$(dirname "$0")/.."
# Without a PostgreSQL that answers, install (as root) and start one; make the role the jar
# connects as (the user name, as application.yml says).
if [ -z "${SPRING_DATASOURCE_URL:-}" ] && [ -z "${PGHOST:-}" ]; then
  . .ci/postgresql.sh
  ensure_postgresql "${SPRING_DATASOURCE_USERNAME:-${USER:-postgres}}"
fi
[ -f target/unionstats.jar ] && [ -z "$(find src pom.xml -newer target/unionstats.jar -print -quit)" ] \
  || ./mvnw -q -B -ntp -DskipTests package
drop=target/demo-drop
rm -rf "$drop"
for workbook in sample-data/workbooks/*/*.xls*; do
  folder=$(basename "$(dirname "$workbook")")
  mkdir -p "$drop/inbox/$folder"
  cp -p "$workbook" "$drop/inbox/$folder/"
done
# A database of its own, fresh each time, so the demo can be rerun (a rerun would otherwise see duplicates).
db=unionstats_demo
url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$db"
if command -v psql >/dev/null; then
  psql -q -h "${PGHOST:-localhost}" -p "${PGPORT:-5432}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
fi
run() {
  java -jar target/unionstats.jar "$@" --spring.datasource.url="$url" \
    --unionstats.drop-root="$drop" --unionstats.quiet-time=1s
}
run registry import sample-data/registry.csv
run ingest
run period deadline 2017 2018-01-31
# The 2017 targets of the public reports: APP registration 30 %, activity participation 35 %.
run period target 2017 APP_REGISTRATION 30
run period target 2017 ACTIVITY_PARTICIPATION 35
run statistics --period 2017
echo
echo "Outputs: feedback in $drop/feedback/, originals in $drop/archive/ and $drop/rejected/, report in $drop/reports/2017/"

#!/usr/bin/env bash
# Two builds of the one-shot jar on the same generated workbooks, in alternating runs,
# each in a fresh database and a fresh copy of the drop folder: how a change moved the
# whole pass. Workbooks are generated as jar-vs-pandas.sh does (run that once first).
#
# usage: src/test/bench/jar-vs-jar.sh BEFORE.jar AFTER.jar SCENARIO [ROUNDS]
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$(dirname "$0")/../../.."
before=${1:?usage: jar-vs-jar.sh BEFORE.jar AFTER.jar SCENARIO [ROUNDS]}
after=${2:?}
scenario=${3:?}
rounds=${4:-3}
work=target/bench-jar-vs-pandas
database=unionstats_bench_jar_vs_jar
heap=${BENCH_HEAP:-256m}
[ -d "$work/$scenario" ] || { echo "generate $scenario first (jar-vs-pandas.sh $scenario 0)" >&2; exit 1; }

run() { # $1: jar; prints the ingest's wall time in seconds
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
    -c "CREATE DATABASE $database" 2>/dev/null
  rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$work/$scenario/drop" "$work/run/drop"
  local args=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$database --spring.datasource.username=postgres
    --unionstats.drop-root="$PWD/$work/run/drop" --unionstats.quiet-time=0s --unionstats.max-rows-per-sheet=200000)
  java -Xmx"$heap" -jar "$1" registry import "$PWD/$work/$scenario/registry.csv" "${args[@]}" >/dev/null 2>&1
  local started ended
  started=$(date +%s.%N)
  java -Xmx"$heap" -jar "$1" ingest "${args[@]}" >"$work/last.out" 2>&1 || { tail "$work/last.out" >&2; return 1; }
  ended=$(date +%s.%N)
  awk "BEGIN { print $ended - $started }"
}

echo "scenario=$scenario heap=$heap (seconds, whole ingest process)"
for round in $(seq "$rounds"); do
  b=$(run "$before"); a=$(run "$after")
  awk -v r="$round" -v b="$b" -v a="$a" 'BEGIN { printf "round %d  before %7.2f   after %7.2f   before/after %.2fx\n", r, b, a, b / a }'
done

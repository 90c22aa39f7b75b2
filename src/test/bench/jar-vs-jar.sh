#!/usr/bin/env bash
# Two builds of the one-shot jar on the same generated workbooks, in alternating runs,
# each in a fresh database and a fresh copy of the drop folder: how a change moved the
# whole pass. Workbooks are generated as jar-vs-pandas.sh does (run that once first).
#
# usage: src/test/bench/jar-vs-jar.sh BEFORE.jar AFTER.jar SCENARIO [ROUNDS]
# A jar of the extracted layout (target/unionstats.jar) needs its lib/ beside it: to keep a
# build for later, copy both (or give target/unionstats-all.jar, the single file).
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

# CPU seconds of PostgreSQL backends that have ended: the postmaster reaps them, so its
# children's times (fields 16 and 17 of /proc/PID/stat) grow by what they used.
postgres_cpu() {
  local pid
  pid=$(psql -qAt -h 127.0.0.1 -U postgres -d postgres -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
  pid=$(awk '{print $4}' "/proc/$pid/stat") # the checkpointer's parent: the postmaster
  awk -v hz="$(getconf CLK_TCK)" '{ print ($16 + $17) / hz }' "/proc/$pid/stat"
}

run() { # $1: jar; prints the ingest's wall seconds, its JVM's CPU seconds, its backends' CPU seconds
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
    -c "CREATE DATABASE $database" 2>/dev/null
  rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$work/$scenario/drop" "$work/run/drop"
  local args=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$database --spring.datasource.username=postgres
    --unionstats.drop-root="$PWD/$work/run/drop" --unionstats.quiet-time=0s --unionstats.max-rows-per-sheet=200000)
  java -Xmx"$heap" -jar "$1" registry import "$PWD/$work/$scenario/registry.csv" "${args[@]}" >/dev/null 2>&1
  local before after
  before=$(postgres_cpu)
  /usr/bin/time -f "%e %U %S" -o "$work/last.time" java -Xmx"$heap" -jar "$1" ingest "${args[@]}" >"$work/last.out" 2>&1 \
    || { tail "$work/last.out" >&2; return 1; }
  sleep 1 # the backends end after the JVM
  after=$(postgres_cpu)
  awk -v b="$before" -v a="$after" '{ printf "%.2f %.2f %.2f", $1, $2 + $3, a - b }' "$work/last.time"
}

echo "scenario=$scenario heap=$heap (whole ingest process: wall s, JVM CPU s, PostgreSQL CPU s)"
for round in $(seq "$rounds"); do
  b=($(run "$before")); a=($(run "$after"))
  awk -v r="$round" -v bw="${b[0]}" -v bj="${b[1]}" -v bp="${b[2]}" -v aw="${a[0]}" -v aj="${a[1]}" -v ap="${a[2]}" 'BEGIN {
    printf "round %d  before %7.2f wall %7.2f cpu (%.2f jvm + %.2f db)   after %7.2f wall %7.2f cpu (%.2f jvm + %.2f db)   cpu before/after %.2fx\n",
      r, bw, bj + bp, bj, bp, aw, aj + ap, aj, ap, (bj + bp) / (aj + ap) }'
done

#!/usr/bin/env bash
# The one-shot jar's ingest against the pandas baseline (pandas_baseline.py) on the same
# generated workbooks, in alternating runs, each in a fresh database and a fresh copy of
# the drop folder. A one-workbook pass of each gives its fixed cost (start-up, the quiet
# time), subtracted for the rates.
#
# usage: src/test/bench/jar-vs-pandas.sh SCENARIO [ROUNDS]
#   SCENARIO: beijing | large | small (see IngestBenchmark); ROUNDS: pairs of runs (3)
#   BENCH_SUBDISTRICTS, BENCH_DISTRICTS: the public lists of township-level units and
#   districts the workbooks are generated from (code,name,areaCode,... / code,name,...)
# Needs PostgreSQL on 127.0.0.1:5432 as postgres, and python3-pandas, python3-openpyxl,
# python3-psycopg2.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$(dirname "$0")/../../.."
scenario=${1:?usage: jar-vs-pandas.sh SCENARIO [ROUNDS]}
rounds=${2:-3}
work=target/bench-jar-vs-pandas
database=unionstats_bench_jar_vs_pandas
heap=${BENCH_HEAP:-256m}

[ -f target/unionstats.jar ] || ./mvnw -q -B -DskipTests package
for s in one "$scenario"; do
  if [ ! -d "$work/$s" ]; then
    ./mvnw -q -B -Pbench test-compile exec:exec -Dbench=IngestBenchmark -Dbench.args="$s" \
      -Dbench.jvm="-Dbench.generate=$PWD/$work -Dbench.subdistricts=${BENCH_SUBDISTRICTS:?} -Dbench.districts=${BENCH_DISTRICTS:?}"
  fi
done

jar() {
  java -Xmx"$heap" -jar target/unionstats.jar "$@" \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$database --spring.datasource.username=postgres \
    --unionstats.drop-root="$PWD/$work/run/drop" --unionstats.quiet-time=0s --unionstats.max-rows-per-sheet=200000
}

fresh() { # $1: scenario whose drop and registry to start from
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
    -c "CREATE DATABASE $database"
  rm -rf "$work/run" && mkdir -p "$work/run" && cp -r "$work/$1/drop" "$work/run/drop"
}

seconds() { # runs a command, prints its wall time in seconds
  local started ended
  started=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
  ended=$(date +%s.%N); awk "BEGIN { print $ended - $started }"
}

unionstats() { # $1: scenario
  fresh "$1"; jar registry import "$PWD/$work/$1/registry.csv" >/dev/null 2>&1
  seconds jar ingest
}

pandas() { # $1: scenario
  fresh "$1"; seconds /usr/bin/python3 src/test/bench/pandas_baseline.py \
    --dsn "host=127.0.0.1 user=postgres dbname=$database" --inbox "$work/run/drop/inbox"
}

rows=$(find "$work/$scenario/drop/inbox" -name '*.xlsx' | wc -l)
echo "scenario=$scenario workbooks=$rows heap=$heap (seconds: whole process; net: minus the one-workbook pass)"
for round in $(seq "$rounds"); do
  u1=$(unionstats one); u=$(unionstats "$scenario"); p1=$(pandas one); p=$(pandas "$scenario")
  awk -v r="$round" -v u="$u" -v u1="$u1" -v p="$p" -v p1="$p1" 'BEGIN { printf \
    "round %d  unionstats %6.2f (fixed %5.2f, net %6.2f)   pandas %6.2f (fixed %5.2f, net %6.2f)   pandas/unionstats net %.2fx\n", \
    r, u, u1, u - u1, p, p1, p - p1, (p - p1) / (u - u1) }'
done

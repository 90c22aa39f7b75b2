#!/usr/bin/python3
"""The script a statistician would write instead of unionstats: pandas read_excel of every
sheet of every workbook under an inbox, then COPY of the rows into PostgreSQL.

No validation, no merge, no feedback: the baseline the ingest benchmark is compared with
(docs/benchmarks.md). Needs Debian's python3-pandas, python3-openpyxl and python3-psycopg2.

usage: pandas_baseline.py --dsn "host=127.0.0.1 user=postgres dbname=NAME" --inbox DIR
"""
import argparse
import io
import pathlib
import time

import pandas as pd
import psycopg2

HEADER_MARKERS = ("编号", "项目")
MAX_COLUMNS = 40


def header_row(frame):
    """The first of the first ten rows that names a key column, as unionstats looks for it."""
    for index in range(min(10, len(frame))):
        if any(str(value).strip() in HEADER_MARKERS for value in frame.iloc[index].tolist()):
            return index
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--inbox", required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    files = rows = 0
    tables = {}
    with psycopg2.connect(args.dsn) as connection, connection.cursor() as cursor:
        for path in sorted(pathlib.Path(args.inbox).rglob("*.xlsx")):
            sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=str)
            for name, frame in sheets.items():
                data = frame.iloc[header_row(frame) + 1:].dropna(how="all")
                table = tables.get(name)
                if table is None:
                    table = tables[name] = f"baseline_{len(tables)}"
                    cursor.execute(f"DROP TABLE IF EXISTS {table}")
                    columns = ", ".join(f"c{i} text" for i in range(MAX_COLUMNS))
                    cursor.execute(f"CREATE TABLE {table} (file text, {columns})")
                data.insert(0, "file", str(path))
                buffer = io.StringIO()
                data.to_csv(buffer, header=False, index=False)
                buffer.seek(0)
                targets = ", ".join(["file"] + [f"c{i}" for i in range(len(data.columns) - 1)])
                cursor.copy_expert(f"COPY {table} ({targets}) FROM STDIN WITH (FORMAT csv)", buffer)
                rows += len(data)
            files += 1
        connection.commit()
    print(f"pandas files={files} rows={rows} wall={time.perf_counter() - started:.2f}s")


if __name__ == "__main__":
    main()

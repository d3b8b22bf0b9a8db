"""Day 7 — alternative solution: character loops, generators and pathlib.

normalize_header keeps letters and digits by `str.isalnum()` (the same characters as the
regex `\\w` without "_"); clean_rows filters with a generator and removes repeats with
`dict.fromkeys`, which keeps first copies in order; main reads with pathlib.
"""

import argparse
import csv
import sys
from pathlib import Path


def normalize_header(name):
    """'  Unit Price ($) ' -> 'unit_price'."""
    spaced = "".join(ch if ch.isalnum() else " " for ch in name.strip().lower())
    return "_".join(spaced.split())


def _non_empty(rows):
    for row in rows:
        cells = [cell.strip() for cell in row]
        if any(cells):
            yield cells


def clean_rows(rows):
    """Trim, drop empty rows, normalise the header, drop repeated data rows."""
    rows = _non_empty(rows)
    header = next(rows, None)
    if header is None:
        return []
    data = dict.fromkeys(tuple(cells) for cells in rows)
    return [[normalize_header(cell) for cell in header]] + [list(cells) for cells in data]


def _fail(path, problem):
    print(f"error: {path}: {problem}", file=sys.stderr)
    return 1


def main(argv=None):
    parser = argparse.ArgumentParser(prog="csv_cleaner.py", description="Clean up a messy CSV file.")
    parser.add_argument("source", metavar="INPUT", type=Path, help="CSV file to read (UTF-8)")
    parser.add_argument("-o", "--output", type=Path, help="where to write the result (default: stdout)")
    args = parser.parse_args(argv)
    try:
        with args.source.open(encoding="utf-8", newline="") as handle:
            rows = clean_rows(csv.reader(handle))
    except (OSError, UnicodeError, csv.Error) as exc:
        return _fail(args.source, exc)
    if args.output is None:
        csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
        return 0
    try:
        with args.output.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
    except OSError as exc:
        return _fail(args.output, exc.strerror or exc)
    return 0


if __name__ == "__main__":
    sys.exit(main())

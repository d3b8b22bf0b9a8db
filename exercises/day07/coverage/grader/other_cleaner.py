"""A second correct cleaner, written differently from the reference on purpose.

Same contract as day07/csv_cleaner, different wording and structure: tests that pin the
contract pass on it; tests that pin the reference's exact messages or internals do not.
"""

import argparse
import csv
import sys


def normalize_header(name):
    words = "".join(ch if ch.isalnum() else " " for ch in name.lower())
    return "_".join(words.split())


def _trimmed(rows):
    for row in rows:
        cells = [cell.strip() for cell in row]
        if any(cells):
            yield cells


def clean_rows(rows):
    trimmed = _trimmed(rows)
    header = next(trimmed, None)
    if header is None:
        return []
    unique = dict.fromkeys(tuple(cells) for cells in trimmed)
    return [[normalize_header(cell) for cell in header]] + [list(cells) for cells in unique]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="csv_cleaner.py", description="Tidy up a CSV file.")
    parser.add_argument("INPUT", help="CSV file (UTF-8) to tidy")
    parser.add_argument("-o", "--output", help="file to write instead of standard output")
    args = parser.parse_args(argv)
    try:
        with open(args.INPUT, newline="", encoding="utf-8") as source:
            cleaned = clean_rows(list(csv.reader(source)))
    except (OSError, ValueError, csv.Error) as exc:
        sys.stderr.write(f"error: {args.INPUT}: {type(exc).__name__}\n")
        return 1
    if args.output is None:
        csv.writer(sys.stdout, lineterminator="\n").writerows(cleaned)
        return 0
    try:
        target = open(args.output, "w", newline="", encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"error: {args.output}: {type(exc).__name__}\n")
        return 1
    with target:
        csv.writer(target, lineterminator="\n").writerows(cleaned)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Known-wrong: looks for duplicates before trimming, so ' a ' and 'a' both stay."""

import argparse
import csv
import re
import sys

_NOT_WORD = re.compile(r"[\W_]+")


def normalize_header(name):
    """'  Unit Price ($) ' -> 'unit_price'."""
    return _NOT_WORD.sub("_", name.strip().lower()).strip("_")


def clean_rows(rows):
    """Trim cells, drop empty rows, normalise the header, drop repeated data rows."""
    cleaned = []
    seen = set()
    for row in rows:
        key = tuple(row)
        if key in seen:
            continue
        seen.add(key)
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if not cleaned:
            cleaned.append([normalize_header(cell) for cell in cells])
            continue
        cleaned.append(cells)
    return cleaned


def build_parser():
    parser = argparse.ArgumentParser(description="Clean a CSV file: trim cells, drop empty and duplicate rows, normalise headers.")
    parser.add_argument("input", metavar="INPUT", help="the CSV file to clean (UTF-8)")
    parser.add_argument("-o", "--output", metavar="OUTPUT", help="write the cleaned CSV here instead of stdout")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        with open(args.input, encoding="utf-8", newline="") as f:
            rows = clean_rows(csv.reader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"error: cannot read {args.input}: {exc}", file=sys.stderr)
        return 1
    if args.output is None:
        csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

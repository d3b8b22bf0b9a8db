"""Known-wrong: splits lines on "," by hand instead of using the csv module."""

import argparse
import re
import sys

_NOT_WORD = re.compile(r"[\W_]+")


def normalize_header(name):
    return _NOT_WORD.sub("_", name.strip().lower()).strip("_")


def clean_rows(rows):
    cleaned = []
    seen = set()
    for row in rows:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if not cleaned:
            cleaned.append([normalize_header(cell) for cell in cells])
            continue
        if tuple(cells) not in seen:
            seen.add(tuple(cells))
            cleaned.append(cells)
    return cleaned


def main(argv=None):
    parser = argparse.ArgumentParser(description="Clean a CSV file.")
    parser.add_argument("input")
    parser.add_argument("-o", "--output")
    args = parser.parse_args(argv)
    try:
        with open(args.input, encoding="utf-8") as f:
            rows = clean_rows(line.rstrip("\n").split(",") for line in f)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.input}: {exc}", file=sys.stderr)
        return 1
    text = "".join(",".join(row) + "\n" for row in rows)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

r"""Day 7 — Build CLI tool (CSV cleaner or log formatter).

Real CSV files are messy: padded cells, blank lines, the same row pasted twice, headers
like "  E-mail Address ". This mini project is a small Unix-style tool that cleans them.
Let the `csv` module do the parsing and writing (quoted fields may hold commas, quotes
and even newlines, so never split lines on "," by hand), and keep the logic in plain
functions so it is easy to test (day07/coverage tests exactly these functions).

Usage: python csv_cleaner.py INPUT [-o OUTPUT]

Cleaning rules (`clean_rows`):
  * every cell is trimmed with `str.strip()`;
  * a row whose cells are all empty after trimming is dropped, wherever it is (so the
    header is the first row that is not empty);
  * the header cells are normalised by `normalize_header`;
  * a data row equal to an earlier data row (after trimming; case matters; compared
    cell by cell) is dropped: the first copy stays where it was, the order of kept
    rows is unchanged. The header is not a data row: a data row equal to it stays;
  * nothing else changes (no padding of short rows, no reordering);
  * `rows` may be any iterable of lists of str (`csv.reader` gives one); it is left
    unchanged, and the result is a new list of new lists.

`normalize_header(name)` makes lower_snake_case: trim, lower-case with `str.lower()`
(not `casefold`: "Straße" keeps its "ß"), turn every run of characters that are not
letters or digits (any script: "é" and "数" are letters; "_" is not) into one "_", and
drop "_" at both ends:  "  E-mail Address " -> "e_mail_address",
"Unit Price ($)" -> "unit_price".

Command line contract (`main(argv=None) -> int`, argv None meaning sys.argv[1:]):
  * INPUT is read as UTF-8 (open it with `newline=""`, as the csv docs say);
  * the cleaned CSV is written to stdout, or to OUTPUT with `-o OUTPUT` or
    `--output OUTPUT` (then stdout stays empty), by `csv.writer` with
    `lineterminator="\n"` (fields are quoted only when they need it, the writer's
    default); the grader compares these bytes exactly, line endings included;
  * an empty input (or one with only empty rows) gives an empty output; with -o the
    OUTPUT file is still created;
  * INPUT missing or unreadable (not a file, not UTF-8), or OUTPUT not writable: print
    one line starting with "error:" and naming that file to stderr (nothing on
    stdout, no traceback), and return 1 — OUTPUT is not created when INPUT cannot be
    read;
  * bad usage (no INPUT, unknown option, -o without a value): argparse prints usage to
    stderr and exits with status 2 (the only case where main does not return);
  * otherwise return 0. `--help` prints the usage and describes -o/--output (exit 0).
  * `main(argv)` parses the list it is given (`main(["in.csv", "-o", "out.csv"])`),
    never sys.argv; `main()` / `main(None)` parses `sys.argv[1:]`.

The grader calls your functions, runs your tool on its own CSV files (showing each
input file next to what you wrote) and calls main() directly; make a messy CSV of your
own to try it as you go.
"""

import argparse
import csv
import sys


def normalize_header(name):
    """Return `name` as lower_snake_case (rules above)."""
    # Your code here: replace the line below.
    raise NotImplementedError("normalize_header")


def clean_rows(rows):
    """Return a new list of cleaned rows (lists of str) from `rows`, an iterable of lists
    of str whose first non-empty row is the header."""
    # Your code here: replace the line below.
    raise NotImplementedError("clean_rows")


def main(argv=None):
    """Parse argv, clean INPUT, write the result; return the exit status."""
    # Your code here: argparse, then read with csv.reader, clean_rows, csv.writer.
    raise NotImplementedError("main")


if __name__ == "__main__":
    sys.exit(main())

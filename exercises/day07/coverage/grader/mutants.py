"""Planted bugs for day07/coverage: each is one small edit of the reference cleaner.

A mutant is (what it breaks, text in csv_cleaner.py, replacement). The check applies the
edit to a copy of the reference; a good test suite fails on every mutant. `what` is
printed in the case line, so it names the broken behaviour, never the fix.
"""

MUTANTS = [
    (
        "data cells keep their spaces",
        "        cells = [cell.strip() for cell in row]\n        if not any(cells):",
        "        cells = list(row)\n        if not any(cell.strip() for cell in cells):",
    ),
    (
        "duplicates are looked for before trimming",
        "        key = tuple(cells)",
        "        key = tuple(row)",
    ),
    (
        "rows of spaces are kept",
        "        if not any(cells):",
        "        if not any(row):",
    ),
    (
        "a repeated row moves to where its last copy was",
        "        if key in seen:\n            continue",
        "        if key in seen:\n            cleaned.remove(list(key))",
    ),
    (
        "header punctuation is not replaced",
        '    return _NOT_WORD.sub("_", name.strip().lower()).strip("_")',
        '    return name.strip().lower().replace(" ", "_")',
    ),
    (
        "an empty input crashes",
        "    return cleaned\n",
        "    return [cleaned[0]] + cleaned[1:]\n",
    ),
    (
        "a missing INPUT exits with the usage status",
        "        print(f\"error: cannot read {args.input}: {exc}\", file=sys.stderr)\n        return 1",
        "        print(f\"error: cannot read {args.input}: {exc}\", file=sys.stderr)\n        return 2",
    ),
    (
        "the read error goes to stdout",
        "        print(f\"error: cannot read {args.input}: {exc}\", file=sys.stderr)",
        "        print(f\"error: cannot read {args.input}: {exc}\")",
    ),
    (
        "an unwritable OUTPUT reports success",
        "        print(f\"error: cannot write {args.output}: {exc}\", file=sys.stderr)\n        return 1",
        "        print(f\"error: cannot write {args.output}: {exc}\", file=sys.stderr)\n        return 0",
    ),
    (
        "bad usage returns 1 instead of exiting with status 2",
        "    args = build_parser().parse_args(argv)\n",
        "    try:\n        args = build_parser().parse_args(argv)\n    except SystemExit as exc:\n        return 1 if exc.code else 0\n",
    ),
    (
        "-o OUTPUT is ignored",
        "    if args.output is None:",
        "    if True:",
    ),
]


def apply(source, old, new):
    """The mutated source; a grader bug (the reference changed) if `old` is not there."""
    if source.count(old) != 1:
        raise AssertionError("mutant no longer matches the reference cleaner: " + old.strip()[:60])
    return source.replace(old, new)

"""Day 1 — Build CLI "Hello, Python" using `argparse`.

`argparse` turns `sys.argv` into a namespace of typed values, writes `--help` for you,
and rejects bad input with a usage message and exit status 2 — the Unix convention for
"you called me wrong".

Contract (run as `python hello_cli.py [--name NAME] [--shout] [--times N]`):
  * prints `Hello, NAME!` — NAME defaults to `Python`;
  * `--shout` prints the whole greeting in upper case (`HELLO, ADA!`);
  * `--times N` prints the greeting N times, one per line; N is an integer >= 1;
  * a non-integer or a value below 1 for `--times`, or an unknown option, prints a usage
    message to stderr and exits with status 2 (argparse's `parser.error` does both);
  * `--help` describes all three options.
  * `main(argv=None)` parses `argv`, a list of argument strings (`main(["--shout"])`);
    None means `sys.argv[1:]`, and `[]` means no arguments at all. Run as a program,
    the file calls `main()`.
"""

import argparse


def main(argv=None):
    """Parse argv (None means sys.argv[1:]) and print the greeting."""
    # Your code here: build an argparse.ArgumentParser, parse argv, print.
    raise NotImplementedError("main")


if __name__ == "__main__":
    main()

"""The `wordtally` command: the most common words of the text on stdin.

Contract of `main(argv=None) -> int` (argv None means sys.argv[1:]):
  * reads all of stdin, splits it into words with `str.split()` and case-folds each
    (`"Été".casefold()` is "été");
  * prints the N most common words, most common first, one per line as `word count`
    (a single space between); words with the same count keep the order in which they
    first appeared (`collections.Counter.most_common` does exactly that);
    N is set by `--top N` (default 3);
  * `--version` prints `wordtally <version>`, the version being `wordtally.__version__`,
    and exits with status 0 (argparse's `action="version"` does this);
  * returns 0 — the console script passes main()'s return value to sys.exit.

Until the project is installed, you can try it from the project folder with
`PYTHONPATH=src python -m wordtally.cli --top 2 < some.txt`.
"""
import argparse
import sys
from collections import Counter


def main(argv=None):
    """Run the command; return the exit status."""
    # Your code here
    raise NotImplementedError("main")


if __name__ == "__main__":
    sys.exit(main())

"""The `wordtally` command: the most common words of the text on stdin."""
import argparse
import sys
from collections import Counter

from . import __version__


def main(argv=None):
    """Run the command; return the exit status."""
    parser = argparse.ArgumentParser(prog="wordtally", description="Print the most common words on stdin.")
    parser.add_argument("--top", type=int, default=3, metavar="N", help="how many words to print (default 3)")
    parser.add_argument("--version", action="version", version="wordtally " + __version__)
    args = parser.parse_args(argv)
    counts = Counter(word.casefold() for word in sys.stdin.read().split())
    for word, count in counts.most_common(args.top):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The wordtally command, counting by hand with a dict."""
import argparse
import sys

import wordtally


def build_parser():
    parser = argparse.ArgumentParser(prog="wordtally")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--version", action="version", version=f"%(prog)s {wordtally.__version__}")
    return parser


def main(argv=None):
    options = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    counts = {}
    for word in sys.stdin.read().split():
        key = word.casefold()
        counts[key] = counts.get(key, 0) + 1
    # sorted is stable: equal counts keep first-appearance (dict insertion) order
    ranked = sorted(counts.items(), key=lambda pair: pair[1], reverse=True)
    lines = [f"{word} {count}\n" for word, count in ranked[: options.top]]
    sys.stdout.write("".join(lines))
    return 0

"""Day 1 — alternative: the range rule lives in a custom argparse type, and main
returns an exit status that the __main__ block hands to sys.exit."""

import argparse
import sys


def positive_int(text):
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(prog="hello_cli.py")
    parser.add_argument("--name", default="Python", help="name to greet")
    parser.add_argument("--shout", action="store_true", help="SHOUT the greeting")
    parser.add_argument("--times", type=positive_int, default=1, help="how many times")
    options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    text = "Hello, %s!" % options.name
    if options.shout:
        text = text.upper()
    sys.stdout.write((text + "\n") * options.times)
    return 0


if __name__ == "__main__":
    sys.exit(main())

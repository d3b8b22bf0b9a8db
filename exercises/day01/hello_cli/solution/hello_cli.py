"""Day 1 — reference solution: a greeting CLI built with argparse."""

import argparse


def build_parser():
    parser = argparse.ArgumentParser(description="Greet someone from the command line.")
    parser.add_argument("--name", default="Python", help="who to greet (default: Python)")
    parser.add_argument("--shout", action="store_true", help="print the greeting in upper case")
    parser.add_argument("--times", type=int, default=1, metavar="N", help="repeat the greeting N times")
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.times < 1:
        parser.error("argument --times: must be at least 1")
    greeting = f"Hello, {args.name}!"
    if args.shout:
        greeting = greeting.upper()
    for _ in range(args.times):
        print(greeting)


if __name__ == "__main__":
    main()

"""Day 1 — alternative: the two facts looked up in a table, and a main() function."""

import sys

MODES = {
    # (runs as the program?, found by the import system?)
    (True, False): "script",
    (True, True): "module",
    (False, True): "import",
    (False, False): "import",
}


def how_run():
    facts = globals()
    return MODES[facts["__name__"] == "__main__", facts.get("__spec__") is not None]


def main():
    sys.stdout.write(how_run() + "\n")


if __name__ == "__main__":
    main()

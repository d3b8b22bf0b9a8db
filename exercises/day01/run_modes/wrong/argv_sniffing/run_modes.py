"""Known-wrong: guesses from sys.argv[0], which -m replaces with the module's .py path."""

import sys


def how_run():
    if __name__ != "__main__":
        return "import"
    return "script" if sys.argv[0].endswith(".py") else "module"


if __name__ == "__main__":
    print(how_run())

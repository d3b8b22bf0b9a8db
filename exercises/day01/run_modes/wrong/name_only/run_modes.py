"""Known-wrong: relies on __name__ alone, which is "__main__" for scripts and -m alike."""


def how_run():
    return "script" if __name__ == "__main__" else "import"


if __name__ == "__main__":
    print(how_run())

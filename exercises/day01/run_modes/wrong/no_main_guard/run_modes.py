"""Known-wrong: prints at module level without the `if __name__ == "__main__":` guard."""


def how_run():
    if __name__ != "__main__":
        return "import"
    return "script" if __spec__ is None else "module"


print(how_run())

"""Day 1 — reference solution: tell script, `-m` module and import apart."""


def how_run():
    """Return "script", "module" or "import" for how this module was started."""
    if __name__ != "__main__":
        return "import"
    # -m goes through the import system, which records a spec; a file path leaves none.
    return "script" if __spec__ is None else "module"


if __name__ == "__main__":
    print(how_run())

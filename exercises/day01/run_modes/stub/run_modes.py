"""Day 1 — Understand `python -m`, REPL, script execution.

The same file can start life three ways:
  * script:  `python run_modes.py` runs the file by its path;
  * module:  `python -m run_modes` looks the name up on sys.path (the current directory
             first) the way `import` would, then runs it as the program — this is how
             `python -m venv`, `python -m pip` and `python -m pytest` work;
  * import:  `import run_modes` from other code, a test, or the REPL (`python`, then
             `>>> import run_modes`).
The module's own globals tell these apart: `__name__` says whether it is the program
(`"__main__"`) or an imported module, and `__spec__` says whether the import system
found it (a module spec) or it was run straight from a file path (None).

Contract:
  * `how_run()` returns "script", "module" or "import": how this module was started.
  * When run as the program (either of the first two ways), the module prints the result
    of `how_run()` and nothing else. Importing it prints nothing at all.
"""


def how_run():
    """Return "script", "module" or "import" for how this module was started."""
    # Your code here: replace the line below.
    raise NotImplementedError("how_run")


# Your code here: when run as the program, print how_run() (and never when imported).

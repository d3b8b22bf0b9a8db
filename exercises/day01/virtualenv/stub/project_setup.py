"""Day 1 — Create project `python-basics` + activate virtual env.

A virtual environment is a directory holding a `pyvenv.cfg` file and a `bin/python`
(`Scripts\\python.exe` on Windows) that points back at a real installation:
    python -m venv .venv           # create it
    source .venv/bin/activate      # "activate" = put .venv/bin first on PATH and set
                                   # VIRTUAL_ENV; running .venv/bin/python directly
                                   # gives the very same environment without activating
Inside it, `sys.prefix` is the venv directory while `sys.base_prefix` still names the
installation it was made from; that is how the interpreter itself knows.

Contract of `in_virtualenv() -> bool`:
  * True when the running interpreter belongs to a virtual environment, else False;
  * decide from the interpreter, not from the VIRTUAL_ENV variable (missing when the
    venv's python is run without activating, stale when another python runs in an
    activated shell), and not from `sys.real_prefix` (only the old `virtualenv` tool
    set it; `python -m venv` never does).

Contract of `scaffold(root) -> pathlib.Path`:
  * `root` is a str or a Path; it may not exist yet (create it, parents included);
  * creates the directory `root/python-basics` and returns its path, containing exactly:
        pyproject.toml                 a [project] table with
                                           name = "python-basics"
                                           version = "0.1.0"
                                           requires-python = ">=3.10"
                                       (more tables or keys are fine)
        README.md                      first line: "# python-basics"
        .gitignore                     has a line ".venv/" (never commit the venv)
        src/python_basics/__init__.py  sets __version__ = "0.1.0"
        tests/test_python_basics.py    at least one `def test_...():` function
    The project is named `python-basics`; its import package is `python_basics`
    (a hyphen is not allowed in an import name). No other files or directories.
  * if `root/python-basics` already exists, raise FileExistsError and change nothing.
"""

import sys
from pathlib import Path


def in_virtualenv():
    """Return True when the running interpreter belongs to a virtual environment."""
    # Your code here: replace the line below.
    raise NotImplementedError("in_virtualenv")


def scaffold(root):
    """Create root/python-basics as described above and return its path."""
    # Your code here: replace the line below.
    raise NotImplementedError("scaffold")

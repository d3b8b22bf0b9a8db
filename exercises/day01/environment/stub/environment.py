"""Day 1 — Install Python, pyenv/virtualenv, Poetry/Pipenv.

Tools like pyenv install several Python versions side by side, and virtual environments
(`python -m venv .venv`, or the ones Poetry and Pipenv create for you) give each project
its own interpreter prefix and site-packages. When something behaves oddly, the first
question is always "which Python is this, exactly?" — and the running interpreter can
answer it itself, through `sys` and `platform`.

Contract of `python_info() -> dict`, describing the interpreter that runs the code:
  * "version": the version as a tuple of three ints, e.g. (3, 12, 1);
  * "implementation": the implementation name as `platform.python_implementation()`
    spells it, e.g. "CPython" or "PyPy";
  * "executable": the path of the running interpreter, as `sys.executable` reports it;
  * "in_venv": True when this interpreter runs inside a virtual environment. Decide it
    from the interpreter itself (its prefix versus its base prefix), not from the
    VIRTUAL_ENV variable: that is only set by `activate`, and stays behind when you run
    some other Python from the same shell.
  No other keys.

Contract of `version_at_least(version: str, minimum: str) -> bool`:
  * both are dotted versions made of non-negative integers: "3", "3.9", "3.10.4";
  * True when `version` is the same as or newer than `minimum`, comparing part by part
    as numbers: "3.10" is newer than "3.9";
  * a missing part counts as 0: "3.11" and "3.11.0" are the same version;
  * anything that is not a dotted list of integers ("3.x", "", "3..1") raises
    ValueError, in either argument.
"""

import platform
import sys


def python_info():
    """Return a dict describing the running interpreter (see the contract above)."""
    # Your code here: replace the line below.
    raise NotImplementedError("python_info")


def version_at_least(version, minimum):
    """Return True when dotted `version` >= dotted `minimum`, compared numerically."""
    # Your code here: replace the line below.
    raise NotImplementedError("version_at_least")

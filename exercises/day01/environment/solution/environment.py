"""Day 1 — reference solution: ask the running interpreter about itself."""

import platform
import sys
from itertools import zip_longest


def python_info():
    """Return a dict describing the running interpreter."""
    return {
        "version": tuple(sys.version_info[:3]),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        # A venv's interpreter has its own prefix; base_prefix points at the real install.
        "in_venv": sys.prefix != sys.base_prefix,
    }


def _parts(version):
    # int() raises ValueError for "x" and for the empty part in "" or "3..1".
    return [int(part) for part in version.split(".")]


def version_at_least(version, minimum):
    """Return True when dotted `version` >= dotted `minimum`, compared numerically."""
    have, need = _parts(version), _parts(minimum)
    for mine, theirs in zip_longest(have, need, fillvalue=0):
        if mine != theirs:
            return mine > theirs
    return True

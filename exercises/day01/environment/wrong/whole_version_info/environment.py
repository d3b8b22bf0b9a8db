"""Known-wrong: returns all of sys.version_info (five fields) instead of the 3-tuple."""

import platform
import sys
from itertools import zip_longest


def python_info():
    return {
        "version": tuple(sys.version_info),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "in_venv": sys.prefix != sys.base_prefix,
    }


def version_at_least(version, minimum):
    have = [int(part) for part in version.split(".")]
    need = [int(part) for part in minimum.split(".")]
    for mine, theirs in zip_longest(have, need, fillvalue=0):
        if mine != theirs:
            return mine > theirs
    return True

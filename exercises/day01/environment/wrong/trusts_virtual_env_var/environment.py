"""Known-wrong: decides in_venv from the VIRTUAL_ENV variable instead of the interpreter."""

import os
import platform
import sys
from itertools import zip_longest


def python_info():
    return {
        "version": tuple(sys.version_info[:3]),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "in_venv": "VIRTUAL_ENV" in os.environ,
    }


def version_at_least(version, minimum):
    have = [int(part) for part in version.split(".")]
    need = [int(part) for part in minimum.split(".")]
    for mine, theirs in zip_longest(have, need, fillvalue=0):
        if mine != theirs:
            return mine > theirs
    return True

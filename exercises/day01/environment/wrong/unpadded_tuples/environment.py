"""Known-wrong: compares int tuples without padding, so "3.11" counts as older than "3.11.0"."""

import platform
import sys


def python_info():
    return {
        "version": tuple(sys.version_info[:3]),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "in_venv": sys.prefix != sys.base_prefix,
    }


def version_at_least(version, minimum):
    return tuple(map(int, version.split("."))) >= tuple(map(int, minimum.split(".")))

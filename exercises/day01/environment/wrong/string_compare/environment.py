"""Known-wrong: compares version strings as text, so "3.10" sorts before "3.9"."""

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
    for text in (version, minimum):
        if not text or not all(part.isdigit() for part in text.split(".")):
            raise ValueError("not a dotted version: " + repr(text))
    return version >= minimum

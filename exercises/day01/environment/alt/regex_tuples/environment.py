"""Day 1 — alternative: named fields of sys.version_info, and versions validated by a
regular expression, padded to one length and compared as tuples."""

import platform
import re
import sys

DOTTED = re.compile(r"[0-9]+(\.[0-9]+)*")


def python_info():
    info = dict(
        version=(sys.version_info.major, sys.version_info.minor, sys.version_info.micro),
        implementation=platform.python_implementation(),
        executable=sys.executable,
    )
    info["in_venv"] = getattr(sys, "base_prefix", sys.prefix) != sys.prefix
    return info


def as_tuple(text, length):
    if not DOTTED.fullmatch(text):
        raise ValueError(f"not a dotted version: {text!r}")
    parts = tuple(int(part) for part in text.split("."))
    return parts + (0,) * (length - len(parts))


def version_at_least(version, minimum):
    length = max(version.count("."), minimum.count(".")) + 1
    return as_tuple(version, length) >= as_tuple(minimum, length)

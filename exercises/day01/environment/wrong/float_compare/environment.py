"""Known-wrong: turns versions into floats, so "3.10" becomes 3.1 and patch levels vanish."""

import platform
import sys


def python_info():
    return {
        "version": tuple(sys.version_info[:3]),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "in_venv": sys.prefix != sys.base_prefix,
    }


def _as_float(version):
    major_minor = ".".join(version.split(".")[:2])
    return float(major_minor)


def version_at_least(version, minimum):
    return _as_float(version) >= _as_float(minimum)

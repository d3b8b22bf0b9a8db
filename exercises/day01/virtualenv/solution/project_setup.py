"""Day 1 — reference solution: detect a venv, scaffold the python-basics project."""

import sys
from pathlib import Path

PYPROJECT = """\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "python-basics"
version = "0.1.0"
description = "Exercises from the Python Mastery roadmap"
requires-python = ">=3.10"
"""

FILES = {
    "pyproject.toml": PYPROJECT,
    "README.md": "# python-basics\n\nCreate the environment with `python -m venv .venv`.\n",
    ".gitignore": ".venv/\n__pycache__/\n",
    "src/python_basics/__init__.py": (
        '"""python-basics: the Python Mastery roadmap project."""\n\n'
        '__version__ = "0.1.0"\n'
    ),
    "tests/test_python_basics.py": (
        "import python_basics\n\n\n"
        "def test_version():\n"
        '    assert python_basics.__version__ == "0.1.0"\n'
    ),
}


def in_virtualenv():
    """Return True when the running interpreter belongs to a virtual environment."""
    return sys.prefix != sys.base_prefix


def scaffold(root):
    """Create root/python-basics and return its path."""
    project = Path(root) / "python-basics"
    project.mkdir(parents=True)  # FileExistsError if it is already there
    for relative, text in FILES.items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project

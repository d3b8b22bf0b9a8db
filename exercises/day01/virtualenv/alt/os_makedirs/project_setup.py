"""Day 1 — alternative: os.makedirs and open() instead of pathlib methods, the venv
recognised by its pyvenv.cfg marker file."""

import os
import sys
from pathlib import Path

LAYOUT = [
    ("pyproject.toml",
     '[project]\nname = "python-basics"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n'),
    ("README.md", "# python-basics\n"),
    (".gitignore", "__pycache__/\n.venv/\n"),
    (os.path.join("src", "python_basics", "__init__.py"), '__version__ = "0.1.0"\n'),
    (os.path.join("tests", "test_python_basics.py"),
     "from python_basics import __version__\n\n\ndef test_version():\n"
     '    assert __version__ == "0.1.0"\n'),
]


def in_virtualenv():
    # `python -m venv` writes pyvenv.cfg at the top of every environment it makes.
    return os.path.isfile(os.path.join(sys.prefix, "pyvenv.cfg"))


def scaffold(root):
    project = os.path.join(os.fspath(root), "python-basics")
    if os.path.lexists(project):
        raise FileExistsError(f"{project} already exists")
    for relative, text in LAYOUT:
        path = os.path.join(project, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    return Path(project)

"""Known-wrong: keeps a second, hand-written copy of the version, which has drifted from pyproject.toml."""

__version__ = "0.2.0"

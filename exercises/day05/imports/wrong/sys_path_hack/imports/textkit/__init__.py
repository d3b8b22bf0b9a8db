"""Known-wrong: puts the package folder on sys.path so bare-name imports work, loading every module twice."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from slugs import slugify  # noqa: E402
from stats import word_count  # noqa: E402

__all__ = ["slugify", "word_count"]

"""wordtally: count the most common words of a text (day 5 packaging exercise)."""
from importlib.metadata import version

__version__ = version("wordtally")

"""wordtally: count the most common words of a text."""
import importlib.metadata

__version__ = importlib.metadata.metadata("wordtally")["Version"]

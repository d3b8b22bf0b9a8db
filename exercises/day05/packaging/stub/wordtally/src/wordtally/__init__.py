"""wordtally: count the most common words of a text (day 5 packaging exercise).

The version lives in ONE place, pyproject.toml. Installing the project records it in
the environment's metadata, where `importlib.metadata.version("wordtally")` reads it
back — so there is no second copy here to forget to update.

Contract: `wordtally.__version__` is the installed distribution's version ("0.3.0").
"""

# Your code here: read the version from the installed metadata instead.
__version__ = "0.0.0"

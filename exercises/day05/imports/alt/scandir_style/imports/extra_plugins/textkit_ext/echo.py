"""Plugin echo: the text, then shout's version of it."""
from .shout import transform as shout


def transform(text):
    return f"{text} {shout(text)}"

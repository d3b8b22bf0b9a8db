"""Known-wrong: imports its namespace sibling by bare name, as if shout.py sat next to it on sys.path."""
from shout import transform as shout


def transform(text):
    return text + " " + shout(text)

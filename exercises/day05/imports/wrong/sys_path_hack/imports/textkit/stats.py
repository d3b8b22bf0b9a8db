"""Known-wrong (with __init__.py): relies on the sys.path hack for its bare-name import."""
import re

from normalize import fold


def word_count(text):
    counts = {}
    for word in re.findall(r"\w+", fold(text)):
        counts[word] = counts.get(word, 0) + 1
    return counts

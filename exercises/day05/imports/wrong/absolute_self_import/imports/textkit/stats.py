"""Known-wrong: imports its sibling through the package's own name, which breaks once vendored."""
import re

from textkit.normalize import fold


def word_count(text):
    counts = {}
    for word in re.findall(r"\w+", fold(text)):
        counts[word] = counts.get(word, 0) + 1
    return counts

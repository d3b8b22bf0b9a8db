"""word_count(text): how often each folded word occurs."""
import re

from .normalize import fold


def word_count(text):
    """{word: count} of the folded words (runs of letters and digits), in first-seen
    order: 'Ça va? ÇA VA! ça' -> {'ca': 3, 'va': 2}."""
    counts = {}
    for word in re.findall(r"\w+", fold(text)):
        counts[word] = counts.get(word, 0) + 1
    return counts

"""Known-wrong: dedupes with list(set(items)), which keeps no order."""

import string

ANSWERS = {
    "q1": [1, 2, 3],         # list += extends in place: a and b name one list
    "q2": (1, [2, 3]),       # the tuple cannot change which list it holds; the list can
    "q3": 2,                 # 1 == 1.0 == True (same hash), "1" is a str
    "q4": {"a": 3, "b": 2},  # a repeated key keeps its first position, last value
    "q5": ("naïve", 5, 6),   # str methods return new strings; ï takes 2 bytes in UTF-8
}


def word_freq(text):
    """Count the words of text, keys in order of first appearance."""
    counts = {}
    for token in text.split():
        word = token.strip(string.punctuation).lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def dedupe_keep_order(items):
    """Return the values of items without repeats, in first-seen order."""
    return list(set(items))


def to_utf8(text):
    """Return text encoded as UTF-8 bytes."""
    return text.encode("utf-8")


def from_utf8(data, errors="strict"):
    """Return the str that the UTF-8 bytes in data encode."""
    return data.decode("utf-8", errors)

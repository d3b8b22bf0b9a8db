"""Day 2 — alternative: Counter for the words, dict.fromkeys for the dedupe, codecs for
the bridge between str and bytes."""

import codecs
import string
from collections import Counter

ANSWERS = {
    "q1": [1, 2, 3],
    "q2": (1, [2, 3]),
    "q3": 2,
    "q4": dict(a=3, b=2),
    "q5": ("naïve", 5, 6),
}


def word_freq(text):
    words = (token.strip(string.punctuation).lower() for token in text.split())
    return Counter(word for word in words if word)


def dedupe_keep_order(items):
    # dict keys are unique (by ==/hash) and remember insertion order.
    return list(dict.fromkeys(items))


def to_utf8(text):
    return codecs.encode(text, "utf-8")


def from_utf8(data, errors="strict"):
    return codecs.decode(data, "utf-8", errors)

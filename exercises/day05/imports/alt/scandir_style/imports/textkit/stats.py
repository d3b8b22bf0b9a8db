"""word_count(text): how often each folded word occurs."""
import re
from collections import Counter

from . import normalize


def word_count(text):
    return dict(Counter(re.findall(r"\w+", normalize.fold(text))))

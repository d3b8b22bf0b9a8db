"""slugify(text): a URL slug — folded words of letters and digits, joined by '-'."""
import re

from . import normalize


def slugify(text):
    """'Crème Brûlée à la carte!' -> 'creme-brulee-a-la-carte'."""
    return "-".join(re.findall(r"[a-z0-9]+", normalize.fold(text)))

"""slugify(text): a URL slug — folded words of letters and digits, joined by '-'."""
import re

import normalize  # Your code here: a bare-name import of a sibling module.


def slugify(text):
    """'Crème Brûlée à la carte!' -> 'creme-brulee-a-la-carte'."""
    return "-".join(re.findall(r"[a-z0-9]+", normalize.fold(text)))

"""slugify(text): a URL slug."""
import re

from .normalize import fold


def slugify(text):
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))

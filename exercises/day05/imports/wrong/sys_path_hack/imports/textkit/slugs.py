"""Known-wrong (with __init__.py): relies on the sys.path hack for its bare-name import."""
import re

import normalize


def slugify(text):
    return "-".join(re.findall(r"[a-z0-9]+", normalize.fold(text)))

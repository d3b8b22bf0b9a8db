"""Plugin discovery, by hand: walk every portion of __path__ with os.scandir."""
import importlib
import os


def discover(namespace="textkit_ext"):
    try:
        package = importlib.import_module(namespace)
    except ImportError:
        return {}
    names = set()
    for portion in package.__path__:
        with os.scandir(portion) as entries:
            for entry in entries:
                stem, dot, ext = entry.name.partition(".")
                if entry.is_file() and dot and ext == "py" and stem and not stem.startswith("_"):
                    names.add(stem)
    found = {}
    for name in sorted(names):
        found[name] = getattr(importlib.import_module(f"{namespace}.{name}"), "transform")
    return found

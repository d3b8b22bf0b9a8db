"""Day 23 — reference solution: deep_sizeof with a seen-set, who_refers via gc."""

import gc
import sys

_NOT_SLOTS = ("__dict__", "__weakref__")


def _slot_names(cls):
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in _NOT_SLOTS:
                yield name


def _children(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield value
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from obj
    else:
        if hasattr(obj, "__dict__"):
            yield vars(obj)
        for name in _slot_names(type(obj)):
            if hasattr(obj, name):
                yield getattr(obj, name)


def deep_sizeof(obj):
    """sys.getsizeof of obj and everything it holds, each object counted once."""
    seen = set()

    def walk(item):
        if id(item) in seen:
            return 0
        seen.add(id(item))
        return sys.getsizeof(item) + sum(walk(child) for child in _children(item))

    return walk(obj)


def who_refers(obj, among):
    """Labels of the candidates in `among` that directly refer to obj, in among's order."""
    referrers = gc.get_referrers(obj)
    return [label for label, candidate in among.items() if any(r is candidate for r in referrers)]

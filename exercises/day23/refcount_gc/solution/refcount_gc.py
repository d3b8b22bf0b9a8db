"""Day 23 — reference solution: refcount deltas, a gc probe, a cycle-free tree."""

import gc
import sys
import weakref


def refcount_delta(obj, action):
    """How many references action(obj) added to obj (negative: removed)."""
    before = sys.getrefcount(obj)
    action(obj)  # the return value is dropped at once
    return sys.getrefcount(obj) - before


def how_freed(factory):
    """Report what frees factory()'s object: "refcount", "gc" or "alive"."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()  # old garbage is not this probe's
        obj = factory()
        ref = weakref.ref(obj)
        del obj
        if ref() is None:
            return "refcount", gc.collect()
        found = gc.collect()
        return ("gc" if ref() is None else "alive"), found
    finally:
        if was_enabled:
            gc.enable()


class Node:
    """A tree node whose back-reference to its parent is weak: no cycle."""

    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None if parent is None else weakref.ref(parent)
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

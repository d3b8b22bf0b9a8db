"""Alternative: weakref.finalize flags, a context manager pausing the collector, a
probe class, and a tree node with __slots__ whose parent lives in a weak dictionary."""

import contextlib
import gc
import sys
import weakref


def refcount_delta(obj, action):
    counts = [sys.getrefcount(obj)]
    for step in (action, lambda o: None):
        step(obj)
    counts.append(sys.getrefcount(obj))
    return counts[1] - counts[0]


@contextlib.contextmanager
def collector_paused():
    state = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        (gc.enable if state else gc.disable)()


class _Probe:
    def __init__(self):
        self.freed = False

    def mark(self):
        self.freed = True

    def run(self, factory):
        weakref.finalize(factory(), self.mark)
        if self.freed:
            return ("refcount", gc.collect())
        found = gc.collect()
        return ("gc", found) if self.freed else ("alive", found)


def how_freed(factory):
    with collector_paused():
        gc.collect()
        return _Probe().run(factory)


_PARENTS = weakref.WeakKeyDictionary()  # child -> weakref to its parent


class Node:
    __slots__ = ("name", "children", "__weakref__")

    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        if parent is not None:
            _PARENTS[self] = weakref.ref(parent)
            parent.children += [self]

    @property
    def parent(self):
        ref = _PARENTS.get(self)
        return ref() if ref is not None else None

"""Day 23 — Analyze with `sys.getsizeof`, `gc.get_referrers()`.

`sys.getsizeof(obj)` is shallow: the bytes of that one object (its PyObject header,
its own fields, the GC header of tracked containers), not of what it points to. A
list's size covers its array of pointers, never the items. `obj.__sizeof__()` is the
same minus the GC header, so use `sys.getsizeof`. Sizes differ between versions and
machines: compare them, never memorise them.

To measure a whole structure, walk it and add the sizes up — counting each object
once, by identity (`id`), however many times it is reachable: a string shared by
two lists takes memory once, and a structure that contains itself must not make
the walk loop forever.

The other direction: `gc.get_referrers(obj)` lists every object the collector
tracks that holds a direct reference to obj (lists, dicts, tuples, sets, instances,
but also frames and modules). It answers "who keeps this alive?"; filter it down to
the objects you care about, and compare with `is`: two lists can be equal (==)
without being the same list.

Contract
  * `deep_sizeof(obj) -> int`: the sum of `sys.getsizeof(x)` over obj and every
    object reachable from it, each object counted once (by identity). Follow:
      - the items of lists, tuples, sets and frozensets (subclasses included,
        e.g. a namedtuple)
      - the keys and the values of dicts (subclasses included, e.g. defaultdict)
      - any other object: its `__dict__` if it has one (that dict counts as an
        object, with its keys and values), and the values of its `__slots__`
        attributes — the slots of its class and of every base class; a class's
        `__slots__` may be a single string; a slot that was never set is skipped;
        the names "__dict__" and "__weakref__" in `__slots__` are not values to follow
    Nothing else is followed: strings, bytes, numbers, ranges, None ... count their
    own size only. Structures that contain themselves terminate. Every call starts
    afresh: calling it twice on the same object gives the same number.
    (The check's data holds only these kinds of objects: no functions, classes or
    modules.)
  * `who_refers(obj, among) -> list[str]`: `among` maps labels to candidate objects
    (lists, tuples, dicts, sets, frozensets, and instances of classes with
    `__slots__`). Return the labels of the candidates that hold a direct reference to
    obj — as an item, a dict key or value, or a slot value — according to
    `gc.get_referrers(obj)`, in the order of `among`. A candidate is matched by
    identity (an equal but different object is not a referrer); a candidate that
    reaches obj only through another object does not count. No referrer: [].
"""

import gc
import sys


def deep_sizeof(obj):
    """sys.getsizeof of obj and everything it holds, each object counted once."""
    # Your code here: replace the line below.
    raise NotImplementedError("deep_sizeof")


def who_refers(obj, among):
    """Labels of the candidates in `among` that directly refer to obj, in among's order."""
    # Your code here: replace the line below.
    raise NotImplementedError("who_refers")

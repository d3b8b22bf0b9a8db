"""Day 23 — Study PyObject layout, reference counting, GC.

Every CPython object starts with the same header, the PyObject struct: `ob_refcnt`
(how many references point at it) and `ob_type` (its class). Storing an object in a
list, a dict, an attribute or a variable adds a reference; dropping one subtracts it.
When the count reaches zero the object is freed on the spot — no collector involved.

`sys.getrefcount(obj)` reads that count, plus one for its own argument, and the
absolute number changes between versions (3.12 made None, small ints and more
"immortal" with a huge fixed count; 3.14 borrows more references). Differences are
stable: measure before and after, on a fresh object, and subtract.

Counting alone can't free a cycle (a -> b -> a): each keeps the other's count above
zero. The cyclic garbage collector (`gc`) finds such groups; `gc.collect()` runs it
now and returns how many unreachable objects it found, `gc.disable()` stops the
automatic runs. A weak reference (`weakref.ref(obj)`) does not add to the count:
calling it gives the object, or None once the object was freed — a way to watch
objects die, and to point back at a parent without creating a cycle.

Contract
  * `refcount_delta(obj, action) -> int`: `sys.getrefcount(obj)` after calling
    `action(obj)` minus the count before it: 2 when action stored obj in two more
    places, -1 when it dropped one reference, 0 when it used obj only for a moment.
    Whatever action returns is discarded before the second measurement (a return
    value you keep in a variable is a reference of your own).
  * `how_freed(factory) -> tuple[str, int]`: call `factory()` once (it returns a new
    object that supports weak references), drop your reference to it, and return
    `(verdict, found)`:
      - "refcount": the object was freed the moment your reference went
      - "gc": it survived that, and the `gc.collect()` you run next freed it
      - "alive": it survived `gc.collect()` too (something else still holds it)
    `found` is what that `gc.collect()` returned (0 when nothing was collectable).
    Run `gc.collect()` once before calling factory() as well, so that garbage from
    before the probe is not counted. The automatic collector is disabled for the
    whole probe, the factory() call included; afterwards it is enabled again only if
    it was enabled before — also when factory() raises (the exception propagates).
  * `class Node(name, parent=None)`: a tree node without reference cycles.
      - `.name`; `.children`: a list of the child nodes in creation order.
        `Node(name, parent)` appends the new node to `parent.children`, and the
        parent keeps its children alive (nobody else has to hold them).
      - `.parent`: the parent Node itself (`child.parent is root`), None for a root,
        and None once the parent has been freed — never a weakref, never an error.
      - Dropping the last reference to the root frees the whole tree at once, even
        with gc disabled: the child -> parent link must be a weak reference.
"""

import gc
import sys
import weakref


def refcount_delta(obj, action):
    """How many references action(obj) added to obj (negative: removed)."""
    # Your code here: replace the line below.
    raise NotImplementedError("refcount_delta")


def how_freed(factory):
    """Report what frees factory()'s object: ("refcount" | "gc" | "alive", found)."""
    # Your code here: replace the line below.
    raise NotImplementedError("how_freed")


class Node:
    """A tree node whose link to its parent is weak (no cycle)."""

    def __init__(self, name, parent=None):
        # Your code here: replace the line below.
        raise NotImplementedError("Node")

    @property
    def parent(self):
        # Your code here: replace the line below.
        raise NotImplementedError("Node.parent")

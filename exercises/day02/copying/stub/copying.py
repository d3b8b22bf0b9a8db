"""Day 2 — Mutable vs immutable, shallow vs deep copy.

A Python name is a reference to an object, and containers hold references too. A
*shallow* copy (`list(x)`, `x[:]`, `dict(d)`, `d.copy()`, `copy.copy(x)`) makes a new
outer container whose items are the very same objects as before: change a nested list
through the copy and the original changes with it. A *deep* copy copies every mutable
container all the way down — while keeping the shape: an object that appears twice in
the original appears twice (as one new object) in the copy, and a structure that
contains itself still contains itself. Immutable things (numbers, str, bytes,
frozenset) never need copying.

Contract of `my_deepcopy(obj)` — without the copy module:
  * lists, dicts and sets become new containers; tuples become new tuples of copied
    items; everything else (None, bool, int, float, complex, str, bytes, frozenset) is
    returned unchanged. Dict keys are kept as they are, values copied, order kept;
  * the copy shares no list, dict or set with the original;
  * aliasing inside the copy mirrors the original: if two places in the original hold
    the same list, the copy holds one new list in both places; two equal but separate
    lists stay separate;
  * cycles are copied as cycles: `a = [1]; a.append(a)` gives a copy `c` with
    `c[1] is c`;
  * every call makes a fresh copy: copying one object twice gives two separate copies.

Contract of `shared_mutables(original, duplicate) -> set[tuple]`:
  * `duplicate` has the same shape as `original` (it is some kind of copy of it); both
    are trees: no cycles, no object appearing twice;
  * walk both together, through lists and tuples by index and dicts by key (values);
  * return the set of paths at which `duplicate` holds the very same list, dict or set
    object as `original`. A path is the tuple of indices and keys from the top: `()` is
    the top itself, `(2, "k")` means `[2]["k"]`. Tuples are walked through but never
    reported (they cannot be changed, so sharing them is harmless).
  Example: for `orig = [1, [2]]`, `shared_mutables(orig, orig[:])` is `{(1,)}`.
"""


def my_deepcopy(obj):
    """Return a deep copy of obj (see the contract above)."""
    # Your code here: replace the line below.
    raise NotImplementedError("my_deepcopy")


def shared_mutables(original, duplicate):
    """Return the paths where duplicate shares a list/dict/set with original."""
    # Your code here: replace the line below.
    raise NotImplementedError("shared_mutables")

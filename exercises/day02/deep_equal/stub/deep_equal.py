"""Day 2 — Implement `deep_equal(a, b)`.

Python's `==` already compares containers element by element, but it has opinions you
may not want: `True == 1`, `[1, 2] == [1, 2.0]`, and comparing a list that contains
itself recurses forever in some custom code. Writing your own structural equality makes
you decide, type by type, what "the same value" means.

Contract of `deep_equal(a, b) -> bool`:
  * bool is its own kind: `deep_equal(True, 1)` is False, `deep_equal(False, False)` True.
  * int and float compare by value: `deep_equal(1, 1.0)` is True.
  * str, bytes and other scalars: equal only if same type family and `a == b`
    (`deep_equal("a", b"a")` is False).
  * list and tuple are ordered and never equal to each other:
    `deep_equal([1, 2], (1, 2))` is False, `deep_equal([1, 2], [2, 1])` is False.
  * dict: same keys, and the values under each key are deep_equal; key order does not
    matter.
  * set and frozenset: equal when they hold the same elements (use `==` on them).
  * Everything nests: these rules apply at every depth.
  * Cycles terminate: two lists that each contain themselves, with otherwise equal
    contents, are deep_equal. The inputs are never modified.
"""


def deep_equal(a, b):
    """Return True when a and b are structurally equal under the contract above."""
    # Your code here: replace the line below.
    raise NotImplementedError("deep_equal")

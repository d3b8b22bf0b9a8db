"""Day 2 — reference solution for `deep_equal(a, b)`."""

_NUMBERS = (int, float)


def deep_equal(a, b, _active=None):
    """Return True when a and b are structurally equal (see the exercise contract)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, _NUMBERS) and isinstance(b, _NUMBERS):
        return a == b
    if isinstance(a, (list, tuple, dict)):
        if type(a) is not type(b):
            return False
        active = set() if _active is None else _active
        pair = (id(a), id(b))
        if pair in active:
            return True  # already comparing this pair higher up: a cycle
        active.add(pair)
        try:
            if isinstance(a, dict):
                return a.keys() == b.keys() and all(deep_equal(a[k], b[k], active) for k in a)
            return len(a) == len(b) and all(deep_equal(x, y, active) for x, y in zip(a, b))
        finally:
            active.discard(pair)
    if isinstance(a, (set, frozenset)):
        return isinstance(b, (set, frozenset)) and a == b
    return type(a) is type(b) and a == b

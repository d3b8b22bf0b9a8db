"""Known-wrong: trusts `==` for scalars, so True equals 1 (a classic slip)."""


def deep_equal(a, b, _seen=None):
    if isinstance(a, (list, tuple, dict)):
        if type(a) is not type(b):
            return False
        seen = set() if _seen is None else _seen
        if (id(a), id(b)) in seen:
            return True
        seen.add((id(a), id(b)))
        if isinstance(a, dict):
            return a.keys() == b.keys() and all(deep_equal(a[k], b[k], seen) for k in a)
        return len(a) == len(b) and all(deep_equal(x, y, seen) for x, y in zip(a, b))
    return a == b

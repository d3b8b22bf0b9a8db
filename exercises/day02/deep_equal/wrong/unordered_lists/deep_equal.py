"""Known-wrong: treats sequences as bags and lets a list equal a tuple."""


def deep_equal(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return False
        remaining = list(b)
        for x in a:
            for i, y in enumerate(remaining):
                if deep_equal(x, y):
                    del remaining[i]
                    break
            else:
                return False
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(deep_equal(a[k], b[k]) for k in a)
    return a == b

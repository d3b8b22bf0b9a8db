"""Day 2 — alternative: the evidence collected in a loop, and the fix written as a
conditional expression."""


def append_to_buggy(item, target=[]):
    """The classic pitfall, kept on purpose: every call shares one default list."""
    target.append(item)
    return target


def demonstrate():
    results = []
    for letter in "ab":
        results.append(append_to_buggy(letter))
    return tuple(results)


def append_to_fixed(item, target=None):
    target = [] if target is None else target
    target += [item]  # += on a list extends that same list in place
    return target

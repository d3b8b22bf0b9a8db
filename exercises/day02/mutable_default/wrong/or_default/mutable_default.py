"""Known-wrong: `target = target or []` replaces an empty list the caller passed in."""


def append_to_buggy(item, target=[]):
    """The classic pitfall, kept on purpose: every call shares one default list."""
    target.append(item)
    return target


def demonstrate():
    """Call append_to_buggy("a") then append_to_buggy("b"); return both results."""
    first = append_to_buggy("a")
    second = append_to_buggy("b")
    return first, second  # one list, seen twice: ['a', 'b'] both times


def append_to_fixed(item, target=None):
    """Append item to target (a new list when target is None) and return target."""
    target = target or []
    target.append(item)
    return target

"""Known-wrong: copies each result, so the evidence no longer shows one shared list."""


def append_to_buggy(item, target=[]):
    """The classic pitfall, kept on purpose: every call shares one default list."""
    target.append(item)
    return target


def demonstrate():
    """Call append_to_buggy("a") then append_to_buggy("b"); return both results."""
    first = list(append_to_buggy("a"))
    second = list(append_to_buggy("b"))
    return first, second


def append_to_fixed(item, target=None):
    """Append item to target (a new list when target is None) and return target."""
    if target is None:
        target = []
    target.append(item)
    return target

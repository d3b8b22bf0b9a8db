"""Day 2 — alternative: no recursion. Pairs still to compare wait on a stack; a pair
already assumed equal is not compared again, which is also what ends cycles."""

CONTAINERS = (list, tuple, dict, set, frozenset)


def kind(value):
    if type(value) is bool:
        return "bool"
    if type(value) in (int, float):
        return "number"
    if isinstance(value, (set, frozenset)):
        return "set"
    return type(value)


def deep_equal(a, b):
    """Return True when a and b are structurally equal under the contract."""
    todo = [(a, b)]
    assumed = set()
    while todo:
        x, y = todo.pop()
        if kind(x) != kind(y):
            return False
        if not isinstance(x, CONTAINERS) or kind(x) == "set":
            if x != y:
                return False
            continue
        key = (id(x), id(y))
        if key in assumed:
            continue
        assumed.add(key)
        if isinstance(x, dict):
            if set(x) != set(y):
                return False
            todo.extend((x[k], y[k]) for k in x)
        else:
            if len(x) != len(y):
                return False
            todo.extend(zip(x, y))
    return True

"""Known-wrong: memoises each copy only after copying its children, too late for cycles."""

_MUTABLE = (list, dict, set)


def my_deepcopy(obj, _memo=None):
    """Return a deep copy of obj, preserving shared references and cycles."""
    memo = {} if _memo is None else _memo
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, list):
        new = [my_deepcopy(item, memo) for item in obj]
        memo[id(obj)] = new
        return new
    if isinstance(obj, dict):
        new = {key: my_deepcopy(value, memo) for key, value in obj.items()}
        memo[id(obj)] = new
        return new
    if isinstance(obj, set):
        new = set(obj)  # set elements are hashable, so immutable here
        memo[id(obj)] = new
        return new
    if isinstance(obj, tuple):
        new = tuple(my_deepcopy(item, memo) for item in obj)
        memo[id(obj)] = new
        return new
    return obj


def shared_mutables(original, duplicate, _path=()):
    """Return the paths where duplicate shares a list/dict/set with original."""
    shared = set()
    if isinstance(duplicate, _MUTABLE) and duplicate is original:
        shared.add(_path)
    if isinstance(original, (list, tuple)):
        for index, (mine, theirs) in enumerate(zip(original, duplicate)):
            shared |= shared_mutables(mine, theirs, _path + (index,))
    elif isinstance(original, dict):
        for key, value in original.items():
            shared |= shared_mutables(value, duplicate[key], _path + (key,))
    return shared

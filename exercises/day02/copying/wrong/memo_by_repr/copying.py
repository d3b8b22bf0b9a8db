"""Known-wrong: memoises by repr(obj), so equal but separate containers merge into one."""

_MUTABLE = (list, dict, set)


def my_deepcopy(obj, _memo=None):
    """Return a deep copy of obj, preserving shared references and cycles."""
    memo = {} if _memo is None else _memo
    if repr(obj) in memo:
        return memo[repr(obj)]
    if isinstance(obj, list):
        new = []
        memo[repr(obj)] = new  # before the children, so a cycle finds this copy
        new.extend(my_deepcopy(item, memo) for item in obj)
        return new
    if isinstance(obj, dict):
        new = {}
        memo[repr(obj)] = new
        for key, value in obj.items():
            new[key] = my_deepcopy(value, memo)
        return new
    if isinstance(obj, set):
        new = set(obj)  # set elements are hashable, so immutable here
        memo[repr(obj)] = new
        return new
    if isinstance(obj, tuple):
        new = tuple(my_deepcopy(item, memo) for item in obj)
        memo[repr(obj)] = new
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

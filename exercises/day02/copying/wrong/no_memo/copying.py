"""Known-wrong: recursive copy without a memo: shared objects split apart, cycles never end."""

_MUTABLE = (list, dict, set)


def my_deepcopy(obj):
    """Return a deep copy of obj."""
    if isinstance(obj, list):
        return [my_deepcopy(item) for item in obj]
    if isinstance(obj, dict):
        return {key: my_deepcopy(value) for key, value in obj.items()}
    if isinstance(obj, set):
        return set(obj)
    if isinstance(obj, tuple):
        return tuple(my_deepcopy(item) for item in obj)
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

"""Known-wrong: one module-level cache for every decorated function, so equal arguments to two functions collide."""

import functools

_CACHE = {}
_MARKER = object()


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + (_MARKER,) + tuple(sorted(kwargs.items()))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        if key not in _CACHE:
            _CACHE[key] = func(*args, **kwargs)
        return _CACHE[key]

    return wrapper

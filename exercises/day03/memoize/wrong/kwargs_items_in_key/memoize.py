"""Known-wrong: key is `args + tuple(kwargs.items())`: keyword order matters and f(('a', 1)) collides with f(a=1)."""

import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + tuple(kwargs.items())
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper

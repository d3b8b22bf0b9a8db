"""Known-wrong: tests `if cache.get(key):`, so None, 0 and other falsy results are recomputed every time."""

import functools


def memoize(func):
    cache = {}
    marker = object()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + (marker,) + tuple(sorted(kwargs.items()))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        if cache.get(key):
            return cache[key]
        cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper

"""Known-wrong: never considers unhashable arguments, so a list or dict argument raises TypeError."""

import functools


def memoize(func):
    cache = {}
    marker = object()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + (marker,) + tuple(sorted(kwargs.items()))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper

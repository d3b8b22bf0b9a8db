"""Day 3 — reference solution for the `@memoize` decorator."""

import functools


def memoize(func):
    """Return a caching wrapper around func (see the exercise contract)."""
    cache = {}
    # Separates positional from keyword arguments in the key, so f(("a", 1)) and
    # f(a=1) can never produce the same key.
    marker = object()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key += (marker,) + tuple(sorted(kwargs.items()))
        try:
            return cache[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: no caching for this call
            return func(*args, **kwargs)
        result = cache[key] = func(*args, **kwargs)
        return result

    return wrapper

"""Day 3 — another correct memoize: a callable class, the key checked with hash() first."""

import functools

_MISSING = object()


class _Memoized:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self._func = func
        self._results = {}

    def __call__(self, *args, **kwargs):
        try:
            key = (args, frozenset(kwargs.items()))
            hash(key)
        except TypeError:  # an unhashable argument: just call through
            return self._func(*args, **kwargs)
        found = self._results.get(key, _MISSING)
        if found is not _MISSING:
            return found
        value = self._func(*args, **kwargs)
        self._results[key] = value
        return value


def memoize(func):
    return _Memoized(func)

"""Known-wrong: caches correctly but forgets functools.wraps, so the wrapper loses __name__, __doc__ and __wrapped__."""


def memoize(func):
    cache = {}
    marker = object()

    def wrapper(*args, **kwargs):
        key = args + (marker,) + tuple(sorted(kwargs.items()))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper

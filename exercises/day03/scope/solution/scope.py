"""Day 3 — reference solution for closures, `nonlocal`, `*args` and `**kwargs`."""


def make_counter(start=0, *, step=1):
    """Return a no-argument function that adds `step` to a running total and returns it."""
    total = start

    def counter():
        nonlocal total
        total += step
        return total

    return counter


def make_multipliers(n):
    """Return [f0, ..., f(n-1)] where fi(x) == i * x."""

    def multiplier(i):
        # A fresh scope per call: each closure keeps its own `i`.
        return lambda x: i * x

    return [multiplier(i) for i in range(n)]


def join_words(*words, sep=" "):
    """Join all positional string arguments with the keyword-only `sep`."""
    return sep.join(words)


def apply_defaults(func, **defaults):
    """Return a wrapper calling func(*args, **{**defaults, **kwargs})."""

    def wrapper(*args, **kwargs):
        return func(*args, **{**defaults, **kwargs})

    return wrapper

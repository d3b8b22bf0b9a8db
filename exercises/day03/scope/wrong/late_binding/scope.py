"""Known-wrong: lambdas made in a loop all see the loop variable's last value (late binding)."""


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

    return [lambda x: i * x for i in range(n)]


def join_words(*words, sep=" "):
    """Join all positional string arguments with the keyword-only `sep`."""
    return sep.join(words)


def apply_defaults(func, **defaults):
    """Return a wrapper calling func(*args, **{**defaults, **kwargs})."""

    def wrapper(*args, **kwargs):
        return func(*args, **{**defaults, **kwargs})

    return wrapper

"""Day 3 — Implement `@memoize` decorator.

A decorator is a function that takes a function and returns a replacement for it;
`@memoize` above `def f` means `f = memoize(f)`. Memoizing remembers each result by its
arguments, so a repeated call returns the stored result without running `f` again.
A dict is the natural store, which is why the arguments must form a hashable key.

Contract of `memoize(func)`:
  * Returns a wrapper accepting any positional and keyword arguments and returning
    what `func(*args, **kwargs)` returns.
  * The first call with given arguments runs `func`; later calls with equal arguments
    return the stored result without running `func`. Every result is stored, including
    `None`, `0` and other falsy values.
  * Keyword order does not matter: `f(a=1, b=2)` and `f(b=2, a=1)` share one entry.
    Positional and keyword arguments never mix up: `f(("a", 1))` and `f(a=1)` are
    different calls. (Whether `f(1)` and `f(x=1)` share an entry is up to you.)
  * If any argument is unhashable (a list, a dict, or a tuple containing one), the
    wrapper just calls `func` every time and returns its result; nothing is stored and
    no error is raised by the wrapper.
  * If `func` raises, nothing is stored: the exception propagates and the next call with
    the same arguments runs `func` again.
  * Each decorated function has its own store.
  * The wrapper looks like `func`: same `__name__` and `__doc__`, and `__wrapped__` is
    `func` (`functools.wraps` does all three).
"""

import functools  # noqa: F401  (you will want functools.wraps)


def memoize(func):
    """Return a caching wrapper around func (see the contract above)."""
    # Your code here: replace the line below.
    raise NotImplementedError("memoize")

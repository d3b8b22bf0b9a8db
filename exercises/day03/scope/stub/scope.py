"""Day 3 — Learn `*args`, `**kwargs`, closures, `nonlocal`.

A function defined inside another function *closes over* the outer variables it uses:
it keeps them alive after the outer call returns. Reading them needs nothing special;
rebinding them (`count += 1`) needs `nonlocal count`, otherwise Python treats `count`
as a new local and the first read fails with UnboundLocalError. Closures capture
*variables*, not values: a lambda made in a loop sees the loop variable's final value
(the "late binding" trap) unless you bind the current value yourself.

`*args` collects extra positional arguments into a tuple and `**kwargs` extra keyword
arguments into a dict; in a call, `f(*args, **kwargs)` spreads them back out.
Parameters listed after `*` or `*args` are keyword-only.

Write these four functions:

`make_counter(start=0, *, step=1)` returns a function `counter()` taking no arguments.
  Each call adds `step` to a running total (which begins at `start`) and returns the new
  total: `c = make_counter(10, step=5); c(), c()` gives `15, 20`. Every counter made is
  independent of the others. `step` is keyword-only: `make_counter(0, 5)` raises
  TypeError. Keep the total in the closure (`nonlocal`), not in a global.

`make_multipliers(n)` returns a list of `n` functions; the i-th, called with one
  argument `x`, returns `i * x`. `[f(10) for f in make_multipliers(3)]` is `[0, 10, 20]`;
  `make_multipliers(0)` is `[]`.

`join_words(*words, sep=" ")` joins any number of string arguments with `sep`
  (keyword-only): `join_words("a", "b", sep="-")` is `"a-b"`, `join_words()` is `""`.

`apply_defaults(func, **defaults)` returns a function `wrapper(*args, **kwargs)` that
  calls `func` with all positional arguments unchanged and the keyword arguments in
  `defaults`, overridden by any given in that call. It returns whatever `func` returns.
  One call's overrides never leak into later calls.
"""


def make_counter(start=0, *, step=1):
    """Return a no-argument function that adds `step` to a running total and returns it."""
    # Your code here: replace the line below.
    raise NotImplementedError("make_counter")


def make_multipliers(n):
    """Return [f0, ..., f(n-1)] where fi(x) == i * x."""
    # Your code here: replace the line below.
    raise NotImplementedError("make_multipliers")


def join_words(*words, sep=" "):
    """Join all positional string arguments with the keyword-only `sep`."""
    # Your code here: replace the line below.
    raise NotImplementedError("join_words")


def apply_defaults(func, **defaults):
    """Return a wrapper calling func(*args, **{**defaults, **kwargs})."""
    # Your code here: replace the line below.
    raise NotImplementedError("apply_defaults")

"""Day 21 — Profile API with `cProfile`.

Before optimising an endpoint, measure where its work goes. `cProfile` records every
function call while it is enabled; `pstats` turns the record into a table:

    profiler = cProfile.Profile()
    profiler.runcall(handler, request)      # enable, call, disable (even on error)
    stats = pstats.Stats(profiler).stats    # {(file, line, name): (cc, nc, tt, ct, callers)}

`nc` is every call, recursive ones included; `cc` counts only the "primitive" calls
(the ones not made from inside the same function's recursion) — `print_stats()` shows
them as "ncalls 30/3". Timings (`tt`, `ct`) change from run to run; call counts do not,
so this exercise uses counts only. Built-in functions (len, list.append, ...) appear
with the pseudo file "~". `callers` maps each caller's key to a tuple whose first item
is how many calls that caller made (careful: in the callers tuples the total comes
first, in the main entry `cc` comes first).

Contract
  * `profile_calls(fn, *args, top=10, **kwargs) -> list[tuple[str, int, int]]`
    runs `fn(*args, **kwargs)` once under a new profiler and returns one
    `(name, ncalls, primitive)` row per function, at most `top` rows:
      - name: "<file base name>:<first line>(<function name>)", e.g. "shop.py:12(price)"
      - ncalls: total calls, recursive ones included; primitive: the primitive calls
      - order: most ncalls first; equal ncalls by file base name, then line number
        (as numbers: line 9 comes before line 12)
      - only Python functions that ran inside fn's call: no built-ins (file "~") and
        nothing the profiling itself adds (`with cProfile.Profile():` records its
        `__exit__`, `cProfile.runctx` the "<string>" code it runs): leave such rows
        out, or profile with `runcall` or `enable()`/`disable()`
      - `top` below 1 raises ValueError
      - fn's return value is not needed; if fn raises, the exception propagates and
        the profiler is stopped all the same (never left running)
  * `hottest(fn, *args, **kwargs) -> tuple[str, int, str]`: `(name, ncalls, caller)`
    for the first row profile_calls would return, where `caller` (same name format)
    is the function that made the most of those calls (equal counts: by file base
    name, then line). A recursive function can be its own caller.
"""

import cProfile
import pstats


def profile_calls(fn, *args, top=10, **kwargs):
    """Profile fn(*args, **kwargs); return its `top` most-called functions."""
    # Your code here: replace the line below.
    raise NotImplementedError("profile_calls")


def hottest(fn, *args, **kwargs):
    """Return (name, ncalls, caller) for the most-called function of fn's call."""
    # Your code here: replace the line below.
    raise NotImplementedError("hottest")

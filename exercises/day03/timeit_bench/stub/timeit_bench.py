"""Day 3 — Benchmark using `timeit`.

`timeit.Timer(stmt, setup, timer)` times code without the usual traps: it runs `stmt`
`number` times in a tight loop between two readings of `timer` (by default
`time.perf_counter`), runs `setup` before each loop without timing it, and switches the
garbage collector off while timing. `Timer.repeat(repeat, number)` does that `repeat`
times and returns the total seconds of each loop. `stmt` and `setup` may be strings of
code or plain callables.

The usual way to read those totals: divide each by `number` to get seconds per call,
and report the *minimum*, not the mean. Other processes can only make a run slower,
never faster, so the fastest run is the best estimate of the code's own cost.

Contract of `bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None)`:
  * times `fn()` (called with no arguments) `number` times per run, for `repeat` runs,
    using `timeit.Timer` with the given `timer` (any zero-argument callable returning
    seconds as a float: tests pass a fake clock, so every figure must come from it);
  * `setup`, when given, is a zero-argument callable run once before each run, outside
    the timed loop;
  * returns a dict: `"times"`, a list of `repeat` floats, the seconds per call of each
    run in the order the runs happened; and `"best"`, the smallest of them;
  * raises ValueError when `number` or `repeat` is below 1;
  * an exception raised by `fn` propagates unchanged.
"""

import time
import timeit  # noqa: F401  (build on timeit.Timer)


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    """Time fn() with timeit.Timer; return {"times": [...], "best": float}."""
    # Your code here: replace the line below.
    raise NotImplementedError("bench")

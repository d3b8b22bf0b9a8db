"""Known-wrong: reports each run's total seconds instead of dividing by number (seconds per call)."""

import time
import timeit


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    if number < 1 or repeat < 1:
        raise ValueError("number and repeat must be at least 1")
    times = timeit.Timer(fn, setup=setup or "pass", timer=timer).repeat(repeat=repeat, number=number)
    return {"times": times, "best": min(times)}

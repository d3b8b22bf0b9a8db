"""Day 3 — reference solution for benchmarking with `timeit`."""

import time
import timeit


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    """Time fn() with timeit.Timer; return {"times": [...], "best": float}."""
    if number < 1 or repeat < 1:
        raise ValueError("number and repeat must be at least 1")
    timer_obj = timeit.Timer(fn, setup=setup or "pass", timer=timer)
    totals = timer_obj.repeat(repeat=repeat, number=number)
    times = [total / number for total in totals]
    return {"times": times, "best": min(times)}

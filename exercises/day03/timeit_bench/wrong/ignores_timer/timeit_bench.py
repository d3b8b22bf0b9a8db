"""Known-wrong: never passes `timer` on to timeit.Timer, so the figures come from the real clock."""

import time
import timeit


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    if number < 1 or repeat < 1:
        raise ValueError("number and repeat must be at least 1")
    totals = timeit.Timer(fn, setup=setup or "pass").repeat(repeat=repeat, number=number)
    times = [total / number for total in totals]
    return {"times": times, "best": min(times)}

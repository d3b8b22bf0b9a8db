"""Known-wrong: calls setup inside the timed statement, so it runs number times per run and is timed."""

import time
import timeit


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    if number < 1 or repeat < 1:
        raise ValueError("number and repeat must be at least 1")

    def stmt():
        if setup is not None:
            setup()
        fn()

    totals = timeit.Timer(stmt, timer=timer).repeat(repeat=repeat, number=number)
    times = [total / number for total in totals]
    return {"times": times, "best": min(times)}

"""Day 3 — another correct bench: timeit.repeat (the module function), figures by hand."""

import time
import timeit


def _nothing():
    pass


def bench(fn, number=1000, repeat=5, *, timer=time.perf_counter, setup=None):
    for name, value in (("number", number), ("repeat", repeat)):
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")
    runs = timeit.repeat(fn, setup if setup is not None else _nothing, timer, repeat, number)
    per_call = []
    best = None
    for total in runs:
        seconds = total / number
        per_call.append(seconds)
        if best is None or seconds < best:
            best = seconds
    return dict(times=per_call, best=best)

"""Day 22 — Use `cProfile`, `line_profiler`, `memory_profiler` (reference solution)."""

import cProfile
import pstats
import tracemalloc

from line_profiler import LineProfiler


def hottest_line(fn, *args, watch=(), **kwargs):
    """Return (function name, line number, hits) of the most-executed line."""
    profiler = LineProfiler(fn, *watch)
    profiler.runcall(fn, *args, **kwargs)
    best = None
    for (_file, _first, name), lines in profiler.get_stats().timings.items():
        for lineno, hits, _time in lines:  # the time is noise: never decide by it
            if best is None or (-hits, lineno) < (-best[2], best[1]):
                best = (name, lineno, hits)
    return best


def largest_allocation(fn, *args, **kwargs):
    """Return (line number, bytes) of the line in fn's file holding the most memory."""
    tracemalloc.start()
    try:
        result = fn(*args, **kwargs)  # keep the result alive: it is memory fn holds
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    del result
    mine = snapshot.filter_traces([tracemalloc.Filter(True, fn.__code__.co_filename)])
    stats = mine.statistics("lineno")  # one entry per line, biggest total size first
    if not stats:
        return None
    return stats[0].traceback[0].lineno, stats[0].size


def calls_to(fn, target, *args, **kwargs):
    """Return how many times `target` was called while fn(*args, **kwargs) ran."""
    profiler = cProfile.Profile()
    profiler.runcall(fn, *args, **kwargs)
    code = target.__code__
    entry = pstats.Stats(profiler).stats.get((code.co_filename, code.co_firstlineno, code.co_name))
    return 0 if entry is None else entry[1]  # (cc, nc, ...): nc counts recursive calls too

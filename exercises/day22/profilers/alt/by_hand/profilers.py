"""Day 22 — alternative: the profilers' lower-level APIs instead of the summaries."""

import cProfile
import tracemalloc

import line_profiler


def hottest_line(fn, *args, watch=(), **kwargs):
    profiler = line_profiler.LineProfiler()
    for func in [fn, *watch]:
        profiler.add_function(func)
    wrapped = profiler(fn)  # decorator style: profiles while the wrapper runs
    wrapped(*args, **kwargs)
    rows = []
    for key, lines in profiler.get_stats().timings.items():
        rows.extend((hits, -lineno, key[2]) for lineno, hits, _ in lines)
    hits, neg_line, name = max(rows)
    return name, -neg_line, hits


def largest_allocation(fn, *args, **kwargs):
    tracemalloc.start(5)
    try:
        before = tracemalloc.take_snapshot()
        held = fn(*args, **kwargs)
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    filename = fn.__code__.co_filename
    per_line = {}
    for trace in after.traces:
        frame = trace.traceback[-1]  # oldest first: the last frame is where it happened
        if frame.filename == filename:
            per_line[frame.lineno] = per_line.get(frame.lineno, 0) + trace.size
    del held, before
    if not per_line:
        return None
    line = max(per_line, key=lambda n: (per_line[n], -n))
    return line, per_line[line]


def calls_to(fn, target, *args, **kwargs):
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        fn(*args, **kwargs)
    finally:
        profiler.disable()
    for entry in profiler.getstats():
        if entry.code is target.__code__:
            return entry.callcount
    return 0

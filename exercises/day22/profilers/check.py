"""Hidden check for day22/profilers: one line per case.

The workloads (grader/workloads.py, grader/ledger.py) are plain Python the learner
never sees. Each case runs the learner's function on one of them, prints what it
returned, and compares it with the same tool run here by the check (line_profiler hit
counts, tracemalloc sizes, cProfile call counts). Hits and call counts are exact on
every CPython; sizes are compared within 1 % and printed rounded to 0.1 MB. No time is
ever compared.
"""
import os
import cProfile
import pstats
import tracemalloc

import ledger
import workloads
from pygrade_check import Check, show

check = Check()
mod = check.load("profilers.py")
if not check.need(mod, "hottest_line", "largest_allocation", "calls_to"):
    check.done()

from line_profiler import LineProfiler  # noqa: E402  (after the learner's import errors)

GRADER_DIR = os.path.dirname(os.path.abspath(workloads.__file__))


def hide_dir(text):
    return text.replace(GRADER_DIR + os.sep, ".../")


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


# -- hottest_line ----------------------------------------------------------------------------
def reference_hottest(fn, args, kwargs, watch):
    profiler = LineProfiler(fn, *watch)
    profiler.runcall(fn, *args, **kwargs)
    rows = []
    for key, lines in profiler.get_stats().timings.items():
        for lineno, hits, _ in lines:
            rows.append((-hits, lineno, key[2]))
    hits, lineno, name = min(rows)
    return name, lineno, -hits


def hottest_case(label, fn, *args, watch=None, **kwargs):
    def run():
        if watch is None:
            got = mod.hottest_line(fn, *args, **kwargs)
        else:
            got = mod.hottest_line(fn, *args, watch=watch, **kwargs)
        want = reference_hottest(fn, args, kwargs, watch or ())
        if not (isinstance(got, tuple) and len(got) == 3 and isinstance(got[0], str)
                and is_int(got[1]) and is_int(got[2])):
            return "returned " + hide_dir(show(got)) + ", expected (function name, line, hits)"
        verdict = "  [agrees with line_profiler]" if got == want else "  [line_profiler says " + show(want) + "]"
        return show(got) + verdict

    check.case(label, run, render=str)


ROWS = []
for r in range(20):
    ROWS.append(list(range(r, r + 30)))

hottest_case("hottest_line(scan, 20 rows of 30 cells, needle)", workloads.scan, ROWS, 25)
hottest_case("hottest_line(mixed, 200, big=3_000_000): one line is slow, another busy",
             workloads.mixed, 200, big=3_000_000)
hottest_case("hottest_line(bucket_all, 120 values, 10 limits)",
             workloads.bucket_all, list(range(120)), list(range(10, 110, 10)))
hottest_case("hottest_line(bucket_all, 120 values, 10 limits, watch=(classify,))",
             workloads.bucket_all, list(range(120)), list(range(10, 110, 10)), watch=(workloads.classify,))
hottest_case("hottest_line(scan, 20 rows of 30 cells, needle, watch=(pad,))",
             workloads.scan, ROWS, 7, watch=(workloads.pad,))
hottest_case("hottest_line(twins, 50, watch=(twin_b, twin_a))",
             workloads.twins, 50, watch=(workloads.twin_b, workloads.twin_a))
hottest_case("hottest_line(two_loops, 40)", workloads.two_loops, 40)


# -- largest_allocation ---------------------------------------------------------------------
def reference_allocation(fn, args, kwargs):
    if tracemalloc.is_tracing():
        tracemalloc.stop()
    tracemalloc.start()
    try:
        result = fn(*args, **kwargs)
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    del result
    stats = snapshot.filter_traces([tracemalloc.Filter(True, fn.__code__.co_filename)]).statistics("lineno")
    if not stats:
        return None
    return stats[0].traceback[0].lineno, stats[0].size


def is_pair(value):
    return isinstance(value, tuple) and len(value) == 2 and is_int(value[0]) and is_int(value[1])


def megabytes(size):
    return str(round(size / 1e6, 1)) + " MB"


def warm_up(fn, *args, **kwargs):
    """Call fn once untraced: a first call may allocate lasting per-function caches
    (CPython 3.12+), which would then show up in whichever run came first."""
    try:
        fn(*args, **kwargs)
    except ValueError:
        pass


def allocation_case(label, fn, *args, **kwargs):
    def run():
        warm_up(fn, *args, **kwargs)
        got = mod.largest_allocation(fn, *args, **kwargs)
        still = tracemalloc.is_tracing()
        want = reference_allocation(fn, args, kwargs)
        want_text = "None" if want is None else "line " + str(want[0]) + ", " + megabytes(want[1])
        if got is None or want is None:
            text = show(got) if got is None or is_pair(got) else "returned " + hide_dir(show(got))
            agrees = got == want
        elif not is_pair(got):
            return "returned " + hide_dir(show(got)) + ", expected (line, size in bytes)"
        else:
            agrees = got[0] == want[0] and abs(got[1] - want[1]) * 100 <= want[1]
            size = want[1] if agrees else got[1]
            text = "line " + str(got[0]) + ", " + (megabytes(size) if agrees else str(size) + " bytes")
        verdict = "  [agrees with tracemalloc]" if agrees else "  [tracemalloc says " + want_text + "]"
        return text + verdict + ("; still tracing afterwards" if still else "")

    check.case(label, run, render=str)


allocation_case("largest_allocation(build_index, 200_000)", workloads.build_index, 200_000)
allocation_case("largest_allocation(many_small, 60)", workloads.many_small, 60)
allocation_case("largest_allocation(tiny_objects, 40_000)", workloads.tiny_objects, 40_000)
allocation_case("largest_allocation(with_ledger, 600): it calls into another file", workloads.with_ledger, 600)
allocation_case("largest_allocation(temporaries)", workloads.temporaries)
allocation_case("largest_allocation(only_scratch, 3_000_000)", workloads.only_scratch, 3_000_000)


def failing():
    warm_up(workloads.failing, 1000)
    try:
        mod.largest_allocation(workloads.failing, 1000)
    except ValueError:
        outcome = "raises ValueError"
    else:
        outcome = "returned without raising"
    still = tracemalloc.is_tracing()
    if still:
        tracemalloc.stop()
    return outcome + ", still tracing afterwards: " + str(still)


check.case("largest_allocation(failing, 1000) whose workload raises ValueError", failing, render=str)


# -- calls_to -------------------------------------------------------------------------------
def reference_calls(fn, target, args, kwargs):
    profiler = cProfile.Profile()
    profiler.runcall(fn, *args, **kwargs)
    code = target.__code__
    entry = pstats.Stats(profiler).stats.get((code.co_filename, code.co_firstlineno, code.co_name))
    return 0 if entry is None else entry[1]


def calls_case(label, fn, target, *args, **kwargs):
    def run():
        got = mod.calls_to(fn, target, *args, **kwargs)
        want = reference_calls(fn, target, args, kwargs)
        if not is_int(got):
            return "returned " + hide_dir(show(got)) + ", expected an int"
        return show(got) + ("  [agrees with cProfile]" if got == want else "  [cProfile says " + show(want) + "]")

    check.case(label, run, render=str)


def tree(depth, width):
    if depth == 0:
        return {}
    return {"children": [tree(depth - 1, width) for _ in range(width)]}


TREES = [tree(4, 2)] + [{} for _ in range(7)]

calls_case("calls_to(twins, pad, 30)", workloads.twins, workloads.pad, 30)
calls_case("calls_to(walk_all, walk, 8 trees)", workloads.walk_all, workloads.walk, TREES)
calls_case("calls_to(two_fetches, fetch, 5, extra=3)", workloads.two_fetches, workloads.fetch, 5, extra=3)
calls_case("calls_to(two_fetches, ledger.fetch, 5, extra=3)", workloads.two_fetches, ledger.fetch, 5, extra=3)
calls_case("calls_to(never_fetches, fetch, 3)", workloads.never_fetches, workloads.fetch, 3)
check.done()

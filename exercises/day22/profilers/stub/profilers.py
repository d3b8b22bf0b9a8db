"""Day 22 — Use `cProfile`, `line_profiler`, `memory_profiler`.

Three tools, three questions. cProfile: WHICH FUNCTION runs how often. line_profiler:
WHICH LINE inside chosen functions runs how often. A memory profiler: WHICH LINE holds
the memory. Times change from run to run (and a profiler slows every line); counts and
sizes do not, so here you decide by hits, calls and bytes — never by time.

    profiler = LineProfiler(f, g)             # the functions to watch line by line
    profiler.runcall(f, *args)                # run f with the watch on
    profiler.get_stats().timings              # {(file, first line, name): [(line, hits, time), ...]}

Memory: `memory_profiler` samples the whole process's RSS after each line (via psutil).
RSS moves in whole pages and with the allocator's moods, so the same code gives
different numbers on every run, and its `backend="tracemalloc"` mode crashes unless
tracing was started by hand. So this exercise uses what gives exact, repeatable bytes:
the standard library's `tracemalloc`, which records the file and line of every block
Python allocates:

    tracemalloc.start(); ...; snapshot = tracemalloc.take_snapshot(); tracemalloc.stop()
    snapshot.statistics("lineno")             # [Statistic(traceback, size, count)], biggest first

Contract
  * `hottest_line(fn, *args, watch=(), **kwargs) -> tuple[str, int, int]`
    runs `fn(*args, **kwargs)` once under line_profiler, watching fn and every function
    in `watch`, and returns `(function name, line number, hits)` for the line with the
    most hits. Equal hits: the smaller line number. Never decide by time.
  * `largest_allocation(fn, *args, **kwargs) -> tuple[int, int] | None`
    runs `fn(*args, **kwargs)` once under tracemalloc and returns `(line number, size
    in bytes)` for the line of fn's source file (`fn.__code__.co_filename`) whose
    blocks, all added up, are largest among the memory still held when fn returns —
    its return value included, so snapshot before you let the result go. Lines of
    other files (modules fn calls into) do not count. None when no line of fn's file
    holds anything. Tracing is stopped afterwards, also when fn raises (the exception
    propagates).
  * `calls_to(fn, target, *args, **kwargs) -> int`: run `fn(*args, **kwargs)` under
    cProfile; return how many times the Python function `target` was called,
    recursive calls included (0 if never). Two functions may share a name: identify
    `target` by its code (file, first line, name).
"""

import cProfile
import pstats
import tracemalloc

from line_profiler import LineProfiler


def hottest_line(fn, *args, watch=(), **kwargs):
    """Return (function name, line number, hits) of the most-executed watched line."""
    # Your code here: replace the line below.
    raise NotImplementedError("hottest_line")


def largest_allocation(fn, *args, **kwargs):
    """Return (line number, bytes) of the line of fn's file holding the most memory."""
    # Your code here: replace the line below.
    raise NotImplementedError("largest_allocation")


def calls_to(fn, target, *args, **kwargs):
    """Return how many times `target` was called while fn(*args, **kwargs) ran."""
    # Your code here: replace the line below.
    raise NotImplementedError("calls_to")

"""Day 6 — Use `itertools` for streaming pipelines.

A streaming pipeline passes items through one at a time, so it works on input far larger
than memory — a log file, a socket, `itertools.count()` — as long as every stage holds
only what it needs. Building blocks: `iter()` (one pass over anything), `islice(it, n)`
(take n, lazily), `collections.deque(maxlen=n)` (a fixed-size window), `heapq` (keep the
best n seen so far). None of the three functions below may turn their input into a list.

Contract:
  * `chunked(iterable, n)` yields tuples of n consecutive items; the last tuple may be
    shorter, and no empty tuple is ever yielded:
        chunked(range(5), 2) -> (0, 1), (2, 3), (4,)
    It pulls only as many items as the chunks asked for need (so infinite input is
    fine). n must be an int >= 1, otherwise ValueError (raised by the time the first
    chunk is requested).
  * `sliding_window(iterable, n)` yields tuples of n consecutive items, advancing one
    item at a time; fewer than n items yield nothing:
        sliding_window("abcd", 3) -> ('a', 'b', 'c'), ('b', 'c', 'd')
    Lazy like chunked; n must be an int >= 1, otherwise ValueError. Every window is
    a new tuple.
  * `top_n(iterable, n, key=None)` returns a list of the n largest items, largest
    first — the same list as `sorted(iterable, key=key, reverse=True)[:n]`, so items
    that tie keep their input order. It reads the whole input once but never holds
    more than about n items at a time. n <= 0 gives [].
"""
from collections import deque
from itertools import islice
import heapq


def chunked(iterable, n):
    """Yield tuples of n consecutive items; the last one may be shorter."""
    # Your code here
    raise NotImplementedError("chunked")


def sliding_window(iterable, n):
    """Yield every run of n consecutive items, as tuples."""
    # Your code here
    raise NotImplementedError("sliding_window")


def top_n(iterable, n, key=None):
    """Return the n largest items, largest first; ties keep input order."""
    # Your code here
    raise NotImplementedError("top_n")

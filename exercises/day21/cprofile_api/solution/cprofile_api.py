"""Day 21 — Profile API with `cProfile` (reference solution)."""

import cProfile
import os
import pstats


def _name(func):
    """pstats key (file, line, function) -> "file.py:12(function)"."""
    filename, line, function = func
    return os.path.basename(filename) + ":" + str(line) + "(" + function + ")"


def _order(func):
    """Sort key for equal counts: file base name, then line number."""
    return os.path.basename(func[0]), func[1]


def _stats(fn, args, kwargs):
    """Run fn under a fresh profiler; return the Python functions' pstats entries."""
    profiler = cProfile.Profile()
    profiler.runcall(fn, *args, **kwargs)  # stops the profiler even if fn raises
    stats = pstats.Stats(profiler).stats
    # Built-ins have the pseudo file "~"; runcall itself adds no Python function.
    return {func: entry for func, entry in stats.items() if func[0] != "~"}


def _ranked(stats):
    """Keys of `stats`, most total calls first, ties by file then line."""
    return sorted(stats, key=lambda func: (-stats[func][1], _order(func)))


def profile_calls(fn, *args, top=10, **kwargs):
    """Run fn(*args, **kwargs) under cProfile; the `top` most-called functions."""
    if top < 1:
        raise ValueError("top must be at least 1")
    stats = _stats(fn, args, kwargs)
    rows = []
    for func in _ranked(stats)[:top]:
        primitive, total = stats[func][0], stats[func][1]  # pstats keeps cc before nc
        rows.append((_name(func), total, primitive))
    return rows


def hottest(fn, *args, **kwargs):
    """(name, ncalls, caller) of the most-called function during fn(*args, **kwargs)."""
    stats = _stats(fn, args, kwargs)
    func = _ranked(stats)[0]
    total, callers = stats[func][1], stats[func][4]
    # A caller's entry is (total, primitive, ...): the other way round from stats.
    caller = min(callers, key=lambda c: (-callers[c][0], _order(c)))
    return _name(func), total, _name(caller)

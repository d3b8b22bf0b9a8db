"""Alternative: read the profiler's raw entries (Profile.getstats()) instead of pstats,
with enable()/disable() around the call and a small class for the counts."""

import cProfile
import os
import sys
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Counts:
    file: str
    line: int
    function: str
    total: int = 0
    primitive: int = 0
    callers: Counter = field(default_factory=Counter)

    @property
    def name(self):
        return f"{self.file}:{self.line}({self.function})"

    @property
    def place(self):
        return (self.file, self.line)


def _key(code):
    return os.path.basename(code.co_filename), code.co_firstlineno, code.co_name


def _profile(fn, args, kwargs):
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        fn(*args, **kwargs)
    finally:
        profiler.disable()
    table = {}
    for entry in profiler.getstats():
        if isinstance(entry.code, str):  # a built-in: its "code" is just a label
            continue
        counts = table.setdefault(_key(entry.code), Counts(*_key(entry.code)))
        counts.total += entry.callcount
        counts.primitive += entry.callcount - entry.reccallcount
    for entry in profiler.getstats():
        if isinstance(entry.code, str):
            continue
        caller = table[_key(entry.code)]
        for sub in entry.calls or ():
            if not isinstance(sub.code, str):
                table[_key(sub.code)].callers[caller.place + (caller.name,)] += sub.callcount
    return sorted(table.values(), key=lambda c: (-c.total, c.place))


def profile_calls(fn, *args, top=10, **kwargs):
    if top < 1:
        raise ValueError(f"top must be >= 1, got {top}")
    return [(c.name, c.total, c.primitive) for c in _profile(fn, args, kwargs)[:top]]


def hottest(fn, *args, **kwargs):
    hot = _profile(fn, args, kwargs)[0]
    (_, _, caller), _ = min(hot.callers.items(), key=lambda kv: (-kv[1], kv[0][:2]))
    return hot.name, hot.total, caller

"""Day 12 — Benchmark CPU-bound vs IO-bound tasks.

CPU-bound work (number crunching) keeps a core busy; IO-bound work (network, disk,
sleeping) mostly waits. Because of the GIL, threads speed up waiting but not crunching,
so the rule of thumb is: processes for CPU-bound work, threads for IO-bound work.
Check the rule with numbers from a fair benchmark:
  * time with `time.perf_counter()`: monotonic and high resolution. `time.time()` is the
    wall clock; it can jump (NTP, daylight saving) and is not meant for intervals;
  * run the workload several times and keep the best (smallest) time: the noise from
    other programs only ever makes a run slower;
  * take the clock as a parameter, so tests can pass a fake clock and get exact answers.

Contract:
  * `measure(fn, *, clock=time.perf_counter, repeat=1) -> float` — call `fn()` (no
    arguments) `repeat` times; for each call read `clock()` just before and just after
    it; return the smallest of those elapsed times. `repeat` below 1 raises ValueError;
    an exception from `fn` propagates.
  * `benchmark(workloads, *, clock=time.perf_counter, repeat=3) -> dict` — `workloads`
    maps names to zero-argument callables; return `{name: measure(fn, clock=clock,
    repeat=repeat)}` with the keys in the same order.
  * `choose_executor(kind) -> type` — the `concurrent.futures` executor class suited to
    the workload: `"cpu"` -> `ProcessPoolExecutor`, `"io"` -> `ThreadPoolExecutor`; any
    other kind raises ValueError.
  * `run_workload(kind, func, items, workers=2) -> list` — `[func(x) for x in items]`,
    computed on an executor of the class `choose_executor(kind)` with
    `max_workers=workers`, results in input order. For "cpu", `func` must be a top-level
    function (it is pickled to the worker processes).
"""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def measure(fn, *, clock=time.perf_counter, repeat=1):
    """Best (smallest) elapsed clock time of `repeat` calls to fn()."""
    # Your code here: replace the line below.
    raise NotImplementedError("measure")


def benchmark(workloads, *, clock=time.perf_counter, repeat=3):
    """{name: measure(fn, ...)} for every workload, in the same order."""
    # Your code here: replace the line below.
    raise NotImplementedError("benchmark")


def choose_executor(kind):
    """The executor class for a workload kind: "cpu" or "io"."""
    # Your code here: replace the line below.
    raise NotImplementedError("choose_executor")


def run_workload(kind, func, items, workers=2):
    """[func(x) for x in items] on the executor suited to `kind`, in input order."""
    # Your code here: replace the line below.
    raise NotImplementedError("run_workload")

"""Day 12 — reference solution: a benchmark harness and the right pool per workload."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# CPU-bound work needs several GILs (processes); I/O-bound work mostly waits, and
# threads wait cheaply.
_EXECUTORS = {"cpu": ProcessPoolExecutor, "io": ThreadPoolExecutor}


def measure(fn, *, clock=time.perf_counter, repeat=1):
    """Best (smallest) elapsed clock time of `repeat` calls to fn()."""
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat!r}")
    best = None
    for _ in range(repeat):
        start = clock()
        fn()
        elapsed = clock() - start
        if best is None or elapsed < best:
            best = elapsed
    return best


def benchmark(workloads, *, clock=time.perf_counter, repeat=3):
    """{name: measure(fn, ...)} for every workload, in the same order."""
    return {name: measure(fn, clock=clock, repeat=repeat) for name, fn in workloads.items()}


def choose_executor(kind):
    """The executor class for a workload kind: "cpu" or "io"."""
    try:
        return _EXECUTORS[kind]
    except KeyError:
        raise ValueError(f"unknown workload kind {kind!r}; expected 'cpu' or 'io'") from None


def run_workload(kind, func, items, workers=2):
    """[func(x) for x in items] on the executor suited to `kind`, in input order."""
    executor_class = choose_executor(kind)
    with executor_class(max_workers=workers) as pool:
        return list(pool.map(func, items))

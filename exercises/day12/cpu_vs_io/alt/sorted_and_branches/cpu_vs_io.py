"""Day 12 — alternative: timings collected in a list, if/elif for the executor, submit()."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def measure(fn, *, clock=time.perf_counter, repeat=1):
    if repeat < 1:
        raise ValueError("repeat must be >= 1")
    times = []
    for _ in range(repeat):
        before = clock()
        fn()
        after = clock()
        times.append(after - before)
    return min(times)


def benchmark(workloads, *, clock=time.perf_counter, repeat=3):
    results = {}
    for name in workloads:
        results[name] = measure(workloads[name], clock=clock, repeat=repeat)
    return results


def choose_executor(kind):
    if kind == "cpu":
        return ProcessPoolExecutor
    elif kind == "io":
        return ThreadPoolExecutor
    raise ValueError("kind must be 'cpu' or 'io'")


def run_workload(kind, func, items, workers=2):
    pool = choose_executor(kind)(max_workers=workers)
    try:
        futures = [pool.submit(func, item) for item in items]
        return [future.result() for future in futures]
    finally:
        pool.shutdown()

"""Day 12 — Compare threading, multiprocessing, asyncio.

Python has three ways to have several things going at once; they differ in what runs
where:
  * Threads (`concurrent.futures.ThreadPoolExecutor`) share one process and its memory.
    The GIL lets one thread run Python code at a time, but a thread that waits (on a
    socket, a file, `time.sleep`) lets the others run: good for I/O-bound work.
  * Processes (`concurrent.futures.ProcessPoolExecutor`, `multiprocessing.Pool`) are
    separate interpreters with their own GIL, so CPU-bound work runs truly in parallel.
    Functions and data travel to the workers by pickle, which stores a function by its
    name: it must be defined at the top level of a module (no lambda, no function
    defined inside another function). Since Python 3.14 Linux starts workers with
    "forkserver", which imports your module again in the workers, so keep any demo code
    under `if __name__ == "__main__":`.
  * asyncio runs many coroutines on one thread, switching at each `await`: good for many
    waits at once, useless for CPU-bound work.

Contract (results always in the order of `items`; an exception raised by the function
propagates to the caller):
  * `run_threads(func, items, workers=4) -> list` — `func(x)` for each item, called in
    at most `workers` worker threads, never in the calling thread.
  * `run_processes(func, items, workers=2) -> list` — the same in at most `workers`
    worker processes, never in the calling process. `func` is a top-level function.
  * `run_asyncio(coro_func, items) -> list` — `coro_func(x)` returns a coroutine; run
    them all concurrently on one event loop you start with `asyncio.run`, and return
    their results. Called from ordinary (non-async) code.
  * `compare(items) -> dict` — the same job through all three:
    `{"threads": run_threads(job, items), "processes": run_processes(job, items),
      "asyncio": run_asyncio(async_job, items)}`.
`job` and `async_job` are given: leave them as they are.
"""

import asyncio


def job(n):
    """The shared job: the sum of squares below n."""
    return sum(i * i for i in range(n))


async def async_job(n):
    """The same job as a coroutine: yields to the loop once, then computes."""
    await asyncio.sleep(0)
    return job(n)


def run_threads(func, items, workers=4):
    """[func(x) for x in items], computed in worker threads."""
    # Your code here: replace the line below.
    raise NotImplementedError("run_threads")


def run_processes(func, items, workers=2):
    """[func(x) for x in items], computed in worker processes."""
    # Your code here: replace the line below.
    raise NotImplementedError("run_processes")


def run_asyncio(coro_func, items):
    """[await coro_func(x) for x in items], all running concurrently on one loop."""
    # Your code here: replace the line below.
    raise NotImplementedError("run_asyncio")


def compare(items):
    """The same job through threads, processes and asyncio."""
    # Your code here: replace the line below.
    raise NotImplementedError("compare")


if __name__ == "__main__":
    print(compare([10, 100, 1000]))

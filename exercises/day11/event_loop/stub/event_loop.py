"""Day 11 — Learn event loop, coroutines, `await`.

Calling an `async def` function runs nothing: it returns a coroutine object. The event
loop runs it once something awaits it or wraps it in a Task, and it switches between
tasks only at an `await`. So asyncio concurrency means many tasks *waiting* at once
(on the network, a timer, an event), while one at a time runs Python code.

Two tools keep that under control:
  * `asyncio.Semaphore(n)`: at most n tasks get past `async with sem:` at a time; the
    rest wait their turn (the slot is given back even if the body raises).
  * `asyncio.wait_for(aw, timeout)`: awaits `aw`, but cancels it and raises
    `asyncio.TimeoutError` if it takes longer than `timeout` seconds (None: no limit).
  `asyncio.gather(*aws, return_exceptions=...)` runs awaitables concurrently and returns
  their results in the order you passed them.

Contract of `async def run_bounded(jobs, limit, timeout=None) -> list`:
  * `jobs` is any iterable (list, tuple, generator). Each item is either a coroutine
    object or a "factory": a zero-argument callable returning an awaitable. Call a
    factory only when its job gets a slot to run.
  * At most `limit` jobs run at any moment, and up to `limit` do run together.
    `limit` below 1 raises ValueError.
  * Returns a list with one slot per job, in the order of `jobs`, whatever order the
    jobs finish in. A slot holds the job's return value (the same object, not a copy).
  * `timeout` (seconds, or None for no limit) applies to each job on its own, counted
    from when that job starts running, not while it waits for a slot. A job that runs
    longer is cancelled and its slot holds the `asyncio.TimeoutError` instance.
  * A job that raises does not stop the others: its slot holds the exception instance.
    run_bounded itself raises only for a bad `limit`.
  * When run_bounded returns, none of its jobs is still running.

    >>> async def double(x):
    ...     await asyncio.sleep(0.01)
    ...     return 2 * x
    >>> asyncio.run(run_bounded([double(1), lambda: double(2)], limit=2))
    [2, 4]
"""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    """Run the jobs with at most `limit` at a time; results in input order."""
    # Your code here: replace the line below.
    raise NotImplementedError("run_bounded")

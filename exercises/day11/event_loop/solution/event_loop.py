"""Day 11 — reference solution: a bounded-concurrency runner for coroutines."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    """Run the jobs with at most `limit` at a time; results in input order."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit!r}")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(job):
        async with semaphore:
            # Inside the slot: a factory is called only now, and the timeout starts now.
            awaitable = job() if callable(job) else job
            try:
                return await asyncio.wait_for(awaitable, timeout)
            except Exception as exc:  # asyncio.TimeoutError included; CancelledError is not
                return exc

    # gather keeps input order, whatever order the jobs finish in.
    return list(await asyncio.gather(*(run_one(job) for job in jobs)))

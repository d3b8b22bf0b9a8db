"""Known-wrong: starts each job's timeout before it gets a slot, so time spent queueing counts against it."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(job):
        async with semaphore:
            return await (job() if callable(job) else job)

    async def timed(job):
        try:
            return await asyncio.wait_for(run_one(job), timeout)
        except Exception as exc:
            return exc

    return await asyncio.gather(*(timed(job) for job in jobs))

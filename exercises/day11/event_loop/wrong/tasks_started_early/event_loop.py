"""Known-wrong: creates a Task for every job up front, so the semaphore only guards the waiting, not the running."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.ensure_future(job() if callable(job) else job) for job in jobs]

    async def run_one(task):
        async with semaphore:
            try:
                return await asyncio.wait_for(task, timeout)
            except Exception as exc:
                return exc

    return await asyncio.gather(*(run_one(t) for t in tasks))

"""Known-wrong: puts one `wait_for` around the whole batch, so a single stuck job times out everything."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(job):
        async with semaphore:
            try:
                return await (job() if callable(job) else job)
            except Exception as exc:
                return exc

    return await asyncio.wait_for(asyncio.gather(*(run_one(job) for job in jobs)), timeout)

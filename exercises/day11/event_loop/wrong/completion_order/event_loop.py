"""Known-wrong: collects results with `as_completed`, so they come back in finishing order, not input order."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(job):
        async with semaphore:
            try:
                return await asyncio.wait_for(job() if callable(job) else job, timeout)
            except Exception as exc:
                return exc

    results = []
    for next_done in asyncio.as_completed([run_one(job) for job in jobs]):
        results.append(await next_done)
    return results

"""Known-wrong: pairs `acquire()` and `release()` by hand without try/finally, so a failing job never gives its slot back."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(job):
        await semaphore.acquire()
        result = await asyncio.wait_for(job() if callable(job) else job, timeout)
        semaphore.release()
        return result

    async def collect(job):
        try:
            return await run_one(job)
        except Exception as exc:
            return exc

    return await asyncio.gather(*(collect(job) for job in jobs))

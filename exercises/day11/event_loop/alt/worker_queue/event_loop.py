"""Day 11 — alternative: `limit` worker tasks pull numbered jobs from a queue."""

import asyncio


async def run_bounded(jobs, limit, timeout=None):
    if limit < 1:
        raise ValueError("limit must be >= 1")
    queue = asyncio.Queue()
    count = 0
    for index, job in enumerate(jobs):
        queue.put_nowait((index, job))
        count += 1
    results = [None] * count

    async def worker():
        while not queue.empty():
            index, job = queue.get_nowait()
            awaitable = job() if callable(job) else job
            try:
                results[index] = await asyncio.wait_for(awaitable, timeout=timeout)
            except Exception as error:
                results[index] = error

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, count))]
    if workers:
        await asyncio.wait(workers)
    return results

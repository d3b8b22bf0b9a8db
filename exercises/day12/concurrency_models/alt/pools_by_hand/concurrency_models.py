"""Day 12 — alternative: multiprocessing.Pool, ThreadPool, and tasks made by hand."""

import asyncio
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def job(n):
    """The shared job: the sum of squares below n."""
    return sum(i * i for i in range(n))


async def async_job(n):
    """The same job as a coroutine: yields to the loop once, then computes."""
    await asyncio.sleep(0)
    return job(n)


def run_threads(func, items, workers=4):
    with ThreadPool(processes=workers) as pool:
        return pool.map(func, list(items))


def run_processes(func, items, workers=2):
    with Pool(processes=workers) as pool:
        return pool.map(func, list(items))


async def _run_all(coro_func, items):
    tasks = [asyncio.create_task(coro_func(item)) for item in items]
    results = []
    for task in tasks:
        results.append(await task)
    return results


def run_asyncio(coro_func, items):
    return asyncio.run(_run_all(coro_func, items))


def compare(items):
    items = list(items)
    table = {}
    table["threads"] = run_threads(job, items)
    table["processes"] = run_processes(job, items)
    table["asyncio"] = run_asyncio(async_job, items)
    return table


if __name__ == "__main__":
    print(compare([10, 100, 1000]))

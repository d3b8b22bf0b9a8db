"""Known-wrong: uses `multiprocessing.dummy.Pool`, which has the multiprocessing API but is made of threads."""

import asyncio
from concurrent.futures import ThreadPoolExecutor


def job(n):
    """The shared job: the sum of squares below n."""
    return sum(i * i for i in range(n))


async def async_job(n):
    """The same job as a coroutine: yields to the loop once, then computes."""
    await asyncio.sleep(0)
    return job(n)


def run_threads(func, items, workers=4):
    # map() hands back results in input order, whatever order they finish in.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))


def run_processes(func, items, workers=2):
    # func and each item are pickled to the workers: func must be a top-level function.
    from multiprocessing.dummy import Pool

    with Pool(workers) as pool:
        return pool.map(func, items)


def run_asyncio(coro_func, items):
    async def main():
        return await asyncio.gather(*(coro_func(item) for item in items))

    return list(asyncio.run(main()))


def compare(items):
    items = list(items)
    return {
        "threads": run_threads(job, items),
        "processes": run_processes(job, items),
        "asyncio": run_asyncio(async_job, items),
    }


if __name__ == "__main__":
    print(compare([10, 100, 1000]))

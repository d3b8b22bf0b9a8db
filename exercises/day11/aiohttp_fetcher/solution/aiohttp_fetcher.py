"""Day 11 — reference solution: a bounded, retrying async HTTP fetcher."""

import asyncio

import aiohttp


async def fetch_all(urls, concurrency, retries, timeout):
    """Fetch every URL; bodies or exceptions, in the order of `urls`."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency!r}")
    semaphore = asyncio.Semaphore(concurrency)
    client_timeout = aiohttp.ClientTimeout(total=timeout)  # per request, so per attempt

    async with aiohttp.ClientSession(timeout=client_timeout) as session:

        async def fetch_one(url):
            async with semaphore:  # held across retries: a retry is a request too
                error = None
                for _ in range(retries + 1):
                    try:
                        async with session.get(url) as response:
                            response.raise_for_status()
                            return await response.text()
                    except aiohttp.ClientResponseError as exc:
                        if exc.status < 500:
                            return exc  # the client's mistake: asking again will not help
                        error = exc
                    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                        error = exc
                return error

        return list(await asyncio.gather(*(fetch_one(url) for url in urls)))

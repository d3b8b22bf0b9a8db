"""Known-wrong: retries only 5xx answers and gives up on the first timeout, though a timeout is often temporary."""

import asyncio

import aiohttp


async def fetch_all(urls, concurrency, retries, timeout):
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    semaphore = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:

        async def fetch_one(url):
            async with semaphore:
                error = None
                for _ in range(retries + 1):
                    try:
                        async with session.get(url) as response:
                            response.raise_for_status()
                            return await response.text()
                    except aiohttp.ClientResponseError as exc:
                        if exc.status < 500:
                            return exc
                        error = exc
                    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                        return exc
                return error

        return await asyncio.gather(*(fetch_one(url) for url in urls))

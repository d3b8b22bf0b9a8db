"""Known-wrong: collects results with `as_completed`, so they come back in the order the server answered."""

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
                        error = exc
                return error

        results = []
        for finished in asyncio.as_completed([fetch_one(url) for url in urls]):
            results.append(await finished)
        return results

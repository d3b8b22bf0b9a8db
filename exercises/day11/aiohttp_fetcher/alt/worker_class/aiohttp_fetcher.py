"""Day 11 — alternative: a small fetcher class and `concurrency` worker tasks on a queue."""

import asyncio

import aiohttp


class Fetcher:
    def __init__(self, session, retries):
        self.session = session
        self.retries = retries

    async def attempt(self, url):
        async with self.session.get(url) as response:
            if response.status >= 400:
                response.raise_for_status()
            return await response.text()

    async def fetch(self, url):
        tries = 0
        while True:
            tries += 1
            try:
                return await self.attempt(url)
            except aiohttp.ClientResponseError as error:
                if error.status < 500 or tries > self.retries:
                    return error
            except (asyncio.TimeoutError, aiohttp.ClientError) as error:
                if tries > self.retries:
                    return error


async def fetch_all(urls, concurrency, retries, timeout):
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    urls = list(urls)
    results = [None] * len(urls)
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)

    session_timeout = aiohttp.ClientTimeout(total=timeout)
    async with aiohttp.ClientSession(timeout=session_timeout) as session:
        fetcher = Fetcher(session, retries)

        async def worker():
            while not queue.empty():
                index, url = queue.get_nowait()
                results[index] = await fetcher.fetch(url)

        await asyncio.gather(*(worker() for _ in range(min(concurrency, len(urls)))))
    return results

"""Day 11 — Write async HTTP fetcher using `aiohttp`.

Network calls spend almost all their time waiting, which is exactly what asyncio is
for: while one request waits for its answer, the event loop sends others. aiohttp is the
asyncio HTTP client. Its pieces:
  * `async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=t)) as s:` —
    one session (a pool of connections) for all requests; `total` is per request.
  * `async with s.get(url) as resp:` then `resp.raise_for_status()` (raises
    `aiohttp.ClientResponseError`, with `.status`, for 4xx/5xx) and `await resp.text()`.
  * A request that takes too long raises `asyncio.TimeoutError`; connection trouble
    raises other `aiohttp.ClientError` subclasses.
Firing every request at once can overload a server, so real fetchers bound how many
are in flight (an `asyncio.Semaphore` works well) and retry failures that may be
temporary.

Contract of `async def fetch_all(urls, concurrency, retries, timeout) -> list`:
  * Returns one slot per URL, in the order of `urls` (a URL listed twice is fetched
    twice). A slot is the response body as `str` when the server answers 2xx.
  * At most `concurrency` requests are in flight at any moment, counting retries; up
    to that many do run together. `concurrency` below 1 raises ValueError.
  * `timeout` is the seconds allowed for each attempt.
  * A 5xx status, a timeout or a connection error is retried: at most `retries` more
    attempts after the first (retries=0 means exactly one attempt), straight away, no
    sleeping needed. A 4xx status is never retried: asking again will not help.
  * When a URL still fails, its slot holds the exception from its last attempt: the
    `aiohttp.ClientResponseError` (its `.status` tells the code), the
    `asyncio.TimeoutError`, or the `aiohttp.ClientError`. fetch_all does not raise
    because some URLs failed.
"""

import asyncio

import aiohttp


async def fetch_all(urls, concurrency, retries, timeout):
    """Fetch every URL; bodies or exceptions, in the order of `urls`."""
    # Your code here: replace the line below.
    raise NotImplementedError("fetch_all")

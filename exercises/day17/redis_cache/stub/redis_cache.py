"""Day 17 — Integrate Redis for caching.

Loading a user from the database is slow; reading a short string from Redis is fast.
The classic pattern is *cache-aside*: the application asks the cache first, and only on
a miss loads from the source and writes the result into the cache, with an expiry (TTL)
so stale entries disappear by themselves. When the data changes, the application
*invalidates* (deletes) the cached entry so the next read loads it fresh.

The redis-py calls you need (`r` is a `redis.Redis` client; its replies are bytes):
  * `r.get(key)` -> the stored bytes, or None when the key does not exist;
  * `r.set(key, text, ex=seconds)` stores `text` (str is sent as UTF-8) and sets its
    expiry in the same command; `r.ttl(key)` / `r.pttl(key)` read what is left of it;
  * `r.delete(key)` -> how many keys it removed (0 or 1 for one key).
Redis stores strings, so values go in as JSON: `json.dumps(value, ensure_ascii=False)`
keeps "Zoë" readable (and shorter) instead of "Zo\\u00eb"; `json.loads` accepts the
bytes that `r.get` returns.

Contract (values are JSON-able: dict, list, str, int, float, bool, None, nested):
  * `get_user(r, user_id, loader, ttl=60)`: the cache key is `user:<user_id>` (e.g.
    `user:7`). On a hit, return the cached value and never call `loader`. On a miss,
    call `loader(user_id)` exactly once; store its result under the key as UTF-8 JSON
    with non-ASCII characters unescaped (`ensure_ascii=False`), expiring after `ttl`
    seconds; return it. A cached value that is falsy (0, "", [], {}, False) is still a
    hit. If `loader` returns None (no such user), return None and cache nothing.
  * A hit leaves the remaining TTL as it is (no sliding expiry). Redis is the only
    cache: keep no copy in the process, so an expired or deleted key means a miss.
  * `ttl` is a whole number of seconds; `ttl < 1` raises ValueError before Redis or
    `loader` is touched.
  * `invalidate_user(r, user_id)` deletes exactly the key `user:<user_id>` (never
    `user:70` when asked for 7, never other keys) and returns True if an entry was
    removed, False if there was none.
  * `cached(r, key_fn, ttl=60)` is a decorator factory giving the same cache-aside
    behaviour to any function:
        @cached(r, key_fn=lambda sku, currency="EUR": f"price:{sku}:{currency}")
        def price(sku, currency="EUR"): ...
    The wrapper builds the key as `key_fn(*args, **kwargs)`, calls the function (with
    the same args and kwargs) only on a miss, stores and expires its result exactly
    as get_user does (JSON, TTL, None not cached, ttl < 1 raises ValueError when
    `cached(...)` is called), and keeps the function's `__name__`, `__doc__` and
    `__wrapped__` (functools.wraps).
"""

import functools
import json


def get_user(r, user_id, loader, ttl=60):
    """Return user `user_id` from the cache, loading (and caching) it on a miss."""
    # Your code here: replace the line below.
    raise NotImplementedError("get_user")


def invalidate_user(r, user_id):
    """Delete the cached entry of `user_id`; True if there was one."""
    # Your code here: replace the line below.
    raise NotImplementedError("invalidate_user")


def cached(r, key_fn, ttl=60):
    """Decorator factory: cache-aside for any function, keyed by `key_fn(*args, **kwargs)`."""
    # Your code here: replace the line below.
    raise NotImplementedError("cached")

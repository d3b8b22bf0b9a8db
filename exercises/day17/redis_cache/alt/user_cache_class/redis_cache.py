"""Day 17 — alternative: the decorator is a class, get_user is built on it, and each
entry is written by a MULTI/EXEC pipeline (SET, then EXPIRE, applied atomically)."""

import functools
import json
from datetime import timedelta


class cached:  # noqa: N801 - used like a function: @cached(r, key_fn, ttl)
    """Decorator factory: cache-aside for any function, keyed by `key_fn(*args, **kwargs)`."""

    def __init__(self, r, key_fn, ttl=60):
        if not ttl >= 1:
            raise ValueError("ttl must be a positive number of seconds")
        self.r, self.key_fn, self.ttl = r, key_fn, timedelta(seconds=ttl)

    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            key = self.key_fn(*args, **kwargs)
            if self.r.exists(key):
                return json.loads(self.r.get(key).decode("utf-8"))
            value = fn(*args, **kwargs)
            if value is None:
                return None
            with self.r.pipeline(transaction=True) as pipe:
                pipe.set(key, json.dumps(value, ensure_ascii=False).encode("utf-8"))
                pipe.expire(key, self.ttl)
                pipe.execute()
            return value

        return functools.update_wrapper(wrapper, fn)


def get_user(r, user_id, loader, ttl=60):
    """Return user `user_id` from the cache, loading (and caching) it on a miss."""
    read = cached(r, lambda uid: "user:%s" % (uid,), ttl)(loader)
    return read(user_id)


def invalidate_user(r, user_id):
    """Delete the cached entry of `user_id`; True if there was one."""
    return bool(r.unlink("user:%s" % (user_id,)))

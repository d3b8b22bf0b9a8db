"""Day 17 — reference solution: cache-aside with TTL and invalidation on Redis."""

import functools
import json


def _check_ttl(ttl):
    if ttl < 1:
        raise ValueError(f"ttl must be at least 1 second, got {ttl!r}")


def _cache_aside(r, key, load, ttl):
    """The one cache-aside read both public helpers share."""
    raw = r.get(key)
    if raw is not None:  # a hit, even when the value is falsy
        return json.loads(raw)
    value = load()
    if value is not None:  # None means "not found": never cache it
        r.set(key, json.dumps(value, ensure_ascii=False), ex=ttl)
    return value


def user_key(user_id):
    return f"user:{user_id}"


def get_user(r, user_id, loader, ttl=60):
    """Return user `user_id` from the cache, loading (and caching) it on a miss."""
    _check_ttl(ttl)
    return _cache_aside(r, user_key(user_id), lambda: loader(user_id), ttl)


def invalidate_user(r, user_id):
    """Delete the cached entry of `user_id`; True if there was one."""
    return r.delete(user_key(user_id)) == 1


def cached(r, key_fn, ttl=60):
    """Decorator factory: cache-aside for any function, keyed by `key_fn(*args, **kwargs)`."""
    _check_ttl(ttl)

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = key_fn(*args, **kwargs)
            return _cache_aside(r, key, lambda: fn(*args, **kwargs), ttl)

        return wrapper

    return decorate

"""Day 27 — reference solution: per-key token buckets and an idempotency-key store."""
import copy
import time


class TokenBucket:
    """One token bucket per key; a request costs one token."""

    def __init__(self, capacity, refill_rate, clock=None):
        if capacity < 1 or refill_rate <= 0:
            raise ValueError("capacity must be >= 1 and refill_rate > 0")
        self.capacity = capacity
        self.refill_rate = refill_rate
        self.clock = clock if clock is not None else time.monotonic
        self._buckets = {}  # key -> [tokens, time of the last refill]

    def _refill(self, key):
        now = self.clock()
        tokens, last = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.refill_rate)
        self._buckets[key] = [tokens, now]
        return self._buckets[key]

    def allow(self, key):
        bucket = self._refill(key)
        if bucket[0] >= 1:
            bucket[0] -= 1
            return True
        return False  # a refused request costs nothing

    def retry_after(self, key):
        tokens, _ = self._refill(key)
        return 0.0 if tokens >= 1 else (1 - tokens) / self.refill_rate


class IdempotencyStore:
    """Replays the first response given for an Idempotency-Key."""

    def __init__(self, ttl=86400.0, clock=None):
        if ttl <= 0:
            raise ValueError("ttl must be > 0")
        self.ttl = ttl
        self.clock = clock if clock is not None else time.monotonic
        self._done = {}  # key -> (payload, status, body, stored_at)
        self._running = set()

    def handle(self, key, payload, handler):
        if key is None:
            return handler(payload)
        if key in self._running:
            return 409, {"detail": "a request with this Idempotency-Key is still in progress"}
        entry = self._done.get(key)
        if entry is not None and self.clock() - entry[3] >= self.ttl:
            del self._done[key]
            entry = None
        if entry is not None:
            stored_payload, status, body, _ = entry
            if stored_payload != payload:
                return 422, {"detail": "this Idempotency-Key was used with another payload"}
            return status, copy.deepcopy(body)
        self._running.add(key)
        try:
            status, body = handler(payload)
        finally:
            self._running.discard(key)
        if status < 500:
            self._done[key] = (copy.deepcopy(payload), status, copy.deepcopy(body), self.clock())
        return status, body


def create_app(bucket, store):
    """POST /payments behind the rate limiter (per X-Client-Id) and the idempotency store."""
    import math

    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse

    app = FastAPI()
    payments = []

    def create_payment(payload):
        payments.append(payload)
        return 201, {"id": len(payments), "payment": payload}

    @app.post("/payments")
    async def pay(request: Request):
        client = request.headers.get("X-Client-Id", "anonymous")
        if not bucket.allow(client):
            wait = math.ceil(bucket.retry_after(client))
            return JSONResponse({"detail": "too many requests"}, status_code=429,
                                headers={"Retry-After": str(wait)})
        payload = await request.json()
        status, body = store.handle(request.headers.get("Idempotency-Key"), payload, create_payment)
        return JSONResponse(body, status_code=status)

    return app

"""Day 27 — alternative: GCRA (a token bucket kept as one "theoretical arrival time" per
key), idempotency entries keyed by a canonical JSON fingerprint, and the app's limiter and
idempotency written as FastAPI dependencies."""
import hashlib
import json
import math
import time
from dataclasses import dataclass, field
from typing import Callable, Optional


class TokenBucket:
    """GCRA: a key is allowed when its theoretical arrival time (tat) is at most
    (capacity - 1) emission intervals ahead of now; each request pushes tat one
    interval further. Equivalent to a token bucket, with one float per key."""

    def __init__(self, capacity, refill_rate, clock=time.monotonic):
        if not capacity >= 1 or not refill_rate > 0:
            raise ValueError(f"bad bucket: capacity={capacity!r}, refill_rate={refill_rate!r}")
        self.interval = 1 / refill_rate
        self.refill_rate = refill_rate
        self.tolerance = (capacity - 1) / refill_rate
        self.clock = clock
        self.tat = {}

    def _wait(self, key, now):
        tat = max(self.tat.get(key, now), now)
        return tat, tat - now - self.tolerance

    def allow(self, key):
        now = self.clock()
        tat, wait = self._wait(key, now)
        if wait > 0:
            return False
        self.tat[key] = tat + self.interval
        return True

    def retry_after(self, key):
        _, wait = self._wait(key, self.clock())
        return max(wait, 0.0)


def fingerprint(payload):
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class Entry:
    fingerprint: str
    status: int
    body_json: str
    expires: float


@dataclass
class IdempotencyStore:
    ttl: float = 86400.0
    clock: Callable[[], float] = time.monotonic
    entries: dict = field(default_factory=dict)
    running: set = field(default_factory=set)

    def __post_init__(self):
        if self.ttl <= 0:
            raise ValueError("ttl must be positive")

    def handle(self, key: Optional[str], payload, handler):
        if key is None:
            return handler(payload)
        if key in self.running:
            return 409, {"detail": f"request {key!r} is in progress"}
        entry = self.entries.get(key)
        if entry and self.clock() < entry.expires:
            if entry.fingerprint != fingerprint(payload):
                return 422, {"detail": f"key {key!r} was used for a different request"}
            return entry.status, json.loads(entry.body_json)
        self.running.add(key)
        try:
            status, body = handler(payload)
        finally:
            self.running.remove(key)
        if status >= 500:
            self.entries.pop(key, None)
        else:
            self.entries[key] = Entry(fingerprint(payload), status, json.dumps(body), self.clock() + self.ttl)
        return status, body


def create_app(bucket, store):
    from fastapi import Depends, FastAPI, Header, HTTPException
    from fastapi.responses import JSONResponse

    app = FastAPI()
    ledger = {"count": 0}

    def rate_limited(x_client_id: Optional[str] = Header(default=None)):
        client = x_client_id or "anonymous"
        if not bucket.allow(client):
            seconds = math.ceil(bucket.retry_after(client))
            raise HTTPException(429, "slow down", headers={"Retry-After": f"{seconds}"})

    def execute(payload):
        ledger["count"] += 1
        return 201, {"id": ledger["count"], "payment": payload}

    @app.post("/payments", dependencies=[Depends(rate_limited)])
    def pay(payload: dict, idempotency_key: Optional[str] = Header(default=None)):
        status, body = store.handle(idempotency_key, payload, execute)
        return JSONResponse(status_code=status, content=body)

    return app

"""Day 27 — Implement rate limiting & idempotency.

Rate limiting with a TOKEN BUCKET: each client (key) has a bucket holding up to
`capacity` tokens. A request takes one token; with none left it is refused (HTTP 429).
Tokens flow back continuously at `refill_rate` tokens per second, fractions included
(0.25 s at 2 tokens/s gives half a token), but a bucket never holds more than
`capacity`: that is the largest burst a client can send. Refill lazily: on each call,
add `(now - last) * refill_rate`, capped, and remember `now`; no timers, no threads.
Time comes from an injectable `clock` (a function returning seconds), so tests can
drive time; it defaults to `time.monotonic` (never `time.time`: the wall clock jumps).

IDEMPOTENCY KEYS make retries safe: a client that sends a payment, times out and sends
it again with the same `Idempotency-Key` must not pay twice. The server remembers the
first response per key and REPLAYS it (same status, same body) without running the
handler again.

Contract
  TokenBucket(capacity, refill_rate, clock=time.monotonic)
    * capacity >= 1 and refill_rate > 0 (tokens per second), else ValueError.
    * allow(key) -> bool: a key seen for the first time starts with a full bucket;
      True (and one token taken) when the bucket holds at least 1 token, else False.
      A refused request takes nothing. Keys are independent: one key's requests
      never change another key's tokens or refill.
    * retry_after(key) -> float: 0.0 when allow(key) would succeed now, else the
      seconds until one whole token is back, e.g. 0.75 for 0.25 token at 1/s. It
      takes no token.
  IdempotencyStore(ttl=86400.0, clock=time.monotonic)       ttl > 0, else ValueError
    * handle(key, payload, handler) -> (status, body): `payload` is a JSON-like dict,
      `handler(payload)` returns the (status, body) tuple of a real execution.
    * key None: no idempotency, run the handler every time, store nothing.
    * first request with a key: run the handler once and return its response; store
      it when status < 500 (a 4xx is replayed too; a 5xx may be retried: not stored).
    * same key and the same payload (equal dicts: key order does not matter): return
      the stored (status, body) without calling the handler.
    * same key, another payload: (422, {"detail": <message>}), handler not called.
    * same key while its first request is still running (the handler has not
      returned yet): (409, {"detail": <message>}), handler not called.
    * the handler raises: the exception propagates, nothing is stored, and the key
      is free again (the next request with it runs the handler).
    * what is stored is a snapshot: mutating the payload passed in, or a body
      returned, changes nothing that is compared or replayed later.
    * an entry lives `ttl` seconds: from stored_at + ttl on (that instant included),
      the key is new again.
  create_app(bucket, store) -> a FastAPI app with one route, POST /payments:
    * the client is the `X-Client-Id` header ("anonymous" without it); when
      `bucket.allow(client)` is False answer 429 {"detail": <message>} with the header
      `Retry-After: <whole seconds>` = math.ceil(bucket.retry_after(client)), and go no
      further;
    * otherwise pass the request's JSON body and its `Idempotency-Key` header (None
      without it) to store.handle; the handler records the payment and returns
      (201, {"id": <1, 2, ... payments executed by this app>, "payment": <the body>});
      answer with the (status, body) that handle returns.
"""
import time


class TokenBucket:
    def __init__(self, capacity, refill_rate, clock=time.monotonic):
        # Your code here: replace the line below.
        raise NotImplementedError("TokenBucket")

    def allow(self, key):
        raise NotImplementedError("allow")

    def retry_after(self, key):
        raise NotImplementedError("retry_after")


class IdempotencyStore:
    def __init__(self, ttl=86400.0, clock=time.monotonic):
        # Your code here: replace the line below.
        raise NotImplementedError("IdempotencyStore")

    def handle(self, key, payload, handler):
        raise NotImplementedError("handle")


def create_app(bucket, store):
    # Your code here: replace the line below.
    raise NotImplementedError("create_app")

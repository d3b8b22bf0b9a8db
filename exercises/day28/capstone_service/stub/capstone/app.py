"""Day 28 capstone: one small service with CRUD, auth, a cache, a job and observability.

Build `create_app(...)` (keyword arguments only) returning a FastAPI app. Everything it
needs is passed in, so the check can build several apps side by side:

    create_app(database_url="sqlite:///items.db",   # SQLite file: items live there
               redis_url="unix:///.../redis.sock",  # redis.Redis.from_url(redis_url)
               celery_app=make_celery(...),         # from jobs.py, a worker runs it
               secret="...",                        # HS256 key of the tokens
               users={"ada": "pw"},                 # username -> password
               now=clock)                           # () -> int seconds; default time.time

Contract (every line is checked):
* POST /login {"username", "password"} -> 200 {"access_token": JWT, "token_type": "bearer"};
  an unknown user or a wrong password -> 401.
* The token is HS256 signed with `secret`, sub = username, exp = now() + 900.
  A token is accepted while now() < exp; read now() at every request.
* Every /items and /reports route needs `Authorization: Bearer <token>`: missing,
  malformed, wrongly signed or expired -> 401.
* Items are {"id": int, "name": str, "price_cents": int}. POST /items -> 201 item;
  GET /items -> 200 all items, oldest first; GET /items/{id} -> 200; PUT /items/{id}
  (same body as POST) -> 200 the new item; DELETE /items/{id} -> 204, empty body.
* `name` 1..100 characters and `price_cents` an int >= 0 (not "5", not 1.5), else 422.
* An unknown id -> 404 {"detail": ...} on GET, PUT and DELETE (PUT never creates).
* Items live in the file at database_url: another app on the same file sees them.
* Cache-aside on GET /items/{id}: look in Redis key `item:{id}` first (a JSON object
  of the item) and answer from it when present; on a miss read the database and store
  the item there with a TTL of 60 seconds. PUT and DELETE invalidate the key, so a
  read after a write is never stale.
* GET /metrics (no auth) -> Prometheus text with
  `capstone_requests_total{method, route, status}` (route = the route's template,
  e.g. "/items/{item_id}", never the raw path), `capstone_cache_hits_total` and
  `capstone_cache_misses_total` (a read that went to the database is a miss, 404s
  included). Each app has its own CollectorRegistry.
* Every request logs ONE record on the logger "capstone" at INFO whose message is a
  JSON object {"method": ..., "path": raw path, "status": int}.
* POST /reports -> 202 {"job_id": str}: it sends the task `capstone.report` to the
  broker (a real worker runs it; never run it in the request). GET /reports/{job_id}
  -> 200 {"state": "SUCCESS", "result": {"items": count, "total_cents": sum}} once done;
  an id that is not done (or unknown) -> 200 {"state": "PENDING", "result": null}.

Tips: `request.scope["route"].path` after `call_next` is the template; a middleware
sees every request, 401 and 404 included.
"""

import time  # noqa: F401

from . import auth, db  # noqa: F401


def create_app(*, database_url, redis_url, celery_app, secret, users, now=None):
    # Your code here: replace the line below.
    raise NotImplementedError("create_app")

"""The capstone service (alternative: routers, a pure ASGI middleware, a cache class)."""

import json
import logging
import time

import jwt
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, Response
from prometheus_client import CollectorRegistry, Counter, generate_latest
from pydantic import BaseModel, StrictInt, constr, conint
from redis import Redis

from .db import Item, init, session

log = logging.getLogger("capstone.access")


class ItemIn(BaseModel):
    name: constr(min_length=1, max_length=100)
    price_cents: conint(strict=True, ge=0)


class Credentials(BaseModel):
    username: str
    password: str


class ItemCache:
    """Cache-aside for items in Redis, counting hits and misses."""

    def __init__(self, url, registry):
        self.redis = Redis.from_url(url)
        self.hits = Counter("capstone_cache_hits", "cache hits", registry=registry)
        self.misses = Counter("capstone_cache_misses", "cache misses", registry=registry)

    def get(self, item_id, load):
        raw = self.redis.get(f"item:{item_id}")
        if raw is not None:
            self.hits.inc()
            return json.loads(raw)
        self.misses.inc()
        item = load()
        if item is not None:
            self.redis.setex(f"item:{item_id}", 60, json.dumps(item))
        return item

    def forget(self, item_id):
        self.redis.delete(f"item:{item_id}")


class Observe:
    """Pure ASGI middleware: one JSON log line and one counter sample per request."""

    def __init__(self, app, counter):
        self.app, self.counter = app, counter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        status = {}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, send_wrapper)
        route = scope.get("route")
        template = route.path if route is not None else scope["path"]
        code = status.get("code", 500)
        self.counter.labels(method=scope["method"], route=template, status=str(code)).inc()
        log.info(json.dumps({"method": scope["method"], "path": scope["path"], "status": code}))


def create_app(*, database_url, redis_url, celery_app, secret, users, now=None):
    now = now or (lambda: int(time.time()))
    init(database_url)
    registry = CollectorRegistry()
    cache = ItemCache(redis_url, registry)
    requests = Counter("capstone_requests", "requests", ("method", "route", "status"), registry=registry)

    def user(request: Request):
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        try:
            if scheme.lower() != "bearer":
                raise jwt.InvalidTokenError("no bearer token")
            claims = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_exp": False})
            if now() >= claims["exp"] or claims["sub"] not in users:
                raise jwt.InvalidTokenError("expired")
        except (jwt.InvalidTokenError, KeyError, TypeError):
            raise HTTPException(401, "invalid or missing token", headers={"WWW-Authenticate": "Bearer"}) from None
        return claims["sub"]

    public = APIRouter()
    private = APIRouter(dependencies=[Depends(user)])

    @public.post("/login")
    def login(body: Credentials):
        if users.get(body.username) != body.password:
            raise HTTPException(401, "bad credentials")
        t = now()
        token = jwt.encode({"sub": body.username, "iat": t, "exp": t + 900}, secret, algorithm="HS256")
        return {"access_token": token, "token_type": "bearer"}

    @public.get("/metrics")
    def metrics():
        return Response(generate_latest(registry), media_type="text/plain; version=0.0.4")

    @private.post("/items", status_code=201)
    def create(body: ItemIn):
        with session(database_url) as s, s.begin():
            item = Item(name=body.name, price_cents=body.price_cents)
            s.add(item)
        return item.as_dict()

    @private.get("/items")
    def listing():
        with session(database_url) as s:
            return [i.as_dict() for i in s.query(Item).order_by(Item.id)]

    def load(item_id):
        with session(database_url) as s:
            item = s.get(Item, item_id)
            return item.as_dict() if item else None

    @private.get("/items/{item_id}")
    def read(item_id: int):
        item = cache.get(item_id, lambda: load(item_id))
        if item is None:
            raise HTTPException(404, "item not found")
        return item

    @private.put("/items/{item_id}")
    def update(item_id: int, body: ItemIn):
        try:
            with session(database_url) as s, s.begin():
                item = s.get(Item, item_id)
                if item is None:
                    raise HTTPException(404, "item not found")
                item.name, item.price_cents = body.name, body.price_cents
            return item.as_dict()
        finally:
            cache.forget(item_id)

    @private.delete("/items/{item_id}", status_code=204)
    def delete(item_id: int):
        cache.forget(item_id)
        with session(database_url) as s, s.begin():
            item = s.get(Item, item_id)
            if item is None:
                raise HTTPException(404, "item not found")
            s.delete(item)
        cache.forget(item_id)

    @private.post("/reports", status_code=202)
    def report():
        return {"job_id": celery_app.send_task("capstone.report", args=(database_url,)).id}

    @private.get("/reports/{job_id}")
    def report_state(job_id: str):
        result = celery_app.AsyncResult(job_id)
        done = result.successful()
        return {"state": "SUCCESS" if done else "PENDING", "result": result.result if done else None}

    app = FastAPI()
    app.include_router(public)
    app.include_router(private)
    app.add_middleware(Observe, counter=requests)
    return app

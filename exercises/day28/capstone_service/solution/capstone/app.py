"""The capstone service: CRUD + auth + cache + jobs + observability (reference solution)."""

import json
import logging
import time

import redis
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, generate_latest
from pydantic import BaseModel, Field

from . import auth, db

CACHE_TTL = 60
log = logging.getLogger("capstone")


class Login(BaseModel):
    username: str
    password: str


class ItemIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    price_cents: int = Field(ge=0, strict=True)


def cache_key(item_id):
    return "item:" + str(item_id)


def create_app(*, database_url, redis_url, celery_app, secret, users, now=None):
    clock = now or (lambda: int(time.time()))
    db.init(database_url)
    cache = redis.Redis.from_url(redis_url, decode_responses=True)

    registry = CollectorRegistry()
    requests_total = Counter(
        "capstone_requests_total", "HTTP requests served", ["method", "route", "status"], registry=registry
    )
    cache_hits = Counter("capstone_cache_hits_total", "item reads answered from Redis", registry=registry)
    cache_misses = Counter("capstone_cache_misses_total", "item reads that went to the database", registry=registry)

    app = FastAPI(title="capstone")

    @app.middleware("http")
    async def observe(request: Request, call_next):
        response = await call_next(request)
        route = request.scope.get("route")
        template = getattr(route, "path", request.url.path)
        requests_total.labels(request.method, template, str(response.status_code)).inc()
        log.info(json.dumps({"method": request.method, "path": request.url.path, "status": response.status_code}))
        return response

    bearer = HTTPBearer(auto_error=False)

    def current_user(credentials: HTTPAuthorizationCredentials = Depends(bearer)):
        username = auth.read_token(credentials.credentials, secret, clock()) if credentials else None
        if username is None or username not in users:
            raise HTTPException(401, "not authenticated", headers={"WWW-Authenticate": "Bearer"})
        return username

    @app.post("/login")
    def login(body: Login):
        if not auth.check_password(users, body.username, body.password):
            raise HTTPException(401, "wrong username or password")
        return {"access_token": auth.issue_token(body.username, secret, clock()), "token_type": "bearer"}

    @app.post("/items", status_code=201)
    def create_item(body: ItemIn, user=Depends(current_user)):
        return db.create_item(database_url, body.name, body.price_cents)

    @app.get("/items")
    def list_items(user=Depends(current_user)):
        return db.list_items(database_url)

    @app.get("/items/{item_id}")
    def read_item(item_id: int, user=Depends(current_user)):
        cached = cache.get(cache_key(item_id))
        if cached is not None:
            cache_hits.inc()
            return json.loads(cached)
        cache_misses.inc()
        item = db.get_item(database_url, item_id)
        if item is None:
            raise HTTPException(404, "no such item")
        cache.set(cache_key(item_id), json.dumps(item), ex=CACHE_TTL)
        return item

    @app.put("/items/{item_id}")
    def update_item(item_id: int, body: ItemIn, user=Depends(current_user)):
        item = db.update_item(database_url, item_id, body.name, body.price_cents)
        cache.delete(cache_key(item_id))
        if item is None:
            raise HTTPException(404, "no such item")
        return item

    @app.delete("/items/{item_id}", status_code=204)
    def delete_item(item_id: int, user=Depends(current_user)):
        found = db.delete_item(database_url, item_id)
        cache.delete(cache_key(item_id))
        if not found:
            raise HTTPException(404, "no such item")
        return Response(status_code=204)

    @app.post("/reports", status_code=202)
    def start_report(user=Depends(current_user)):
        job = celery_app.tasks["capstone.report"].delay(database_url)
        return {"job_id": job.id}

    @app.get("/reports/{job_id}")
    def read_report(job_id: str, user=Depends(current_user)):
        job = celery_app.AsyncResult(job_id)
        state = job.state
        return {"state": state, "result": job.result if state == "SUCCESS" else None}

    @app.get("/metrics")
    def metrics():
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app

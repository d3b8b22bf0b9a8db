"""Another correct shop: same contract as shop.py, written differently (other wording,
other structure, extra token claims, the cache key dropped before each write). Tests that pin the contract
pass here too."""

import json
import sqlite3
import time
import uuid

import jwt
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, conint, constr


class Credentials(BaseModel):
    username: str
    password: str


class NewItem(BaseModel):
    name: constr(min_length=1, max_length=100)
    price_cents: conint(strict=True, ge=0)


def _connect(database_url):
    conn = sqlite3.connect(database_url.split("///", 1)[1])
    conn.row_factory = sqlite3.Row
    return conn


def create_app(*, database_url, secret, users, cache, now=None):
    now = now or (lambda: int(time.time()))
    with _connect(database_url) as conn:
        conn.execute("create table if not exists product (pk integer primary key, title text, cents integer)")
    conn.close()

    def query(sql, *args):
        conn = _connect(database_url)
        try:
            with conn:
                cur = conn.execute(sql, args)
                return cur, cur.fetchall()
        finally:
            conn.close()

    def as_item(row):
        return {"id": row["pk"], "name": row["title"], "price_cents": row["cents"]}

    def who(request: Request):
        header = request.headers.get("Authorization") or ""
        if header[:7].lower() == "bearer ":
            try:
                claims = jwt.decode(header[7:], secret, algorithms=["HS256"], options={"verify_exp": False})
                if claims["exp"] > now() and claims["sub"] in users:
                    return claims["sub"]
            except (jwt.PyJWTError, KeyError):
                pass
        raise HTTPException(status_code=401, detail="Unauthorized", headers={"WWW-Authenticate": "Bearer"})

    open_routes = APIRouter()
    routes = APIRouter(dependencies=[Depends(who)])

    @open_routes.get("/health")
    def health():
        return {"status": "ok"}

    @open_routes.post("/login")
    def login(creds: Credentials):
        if creds.username not in users or users[creds.username] != creds.password:
            raise HTTPException(status_code=401, detail="Invalid credentials")
        issued = now()
        claims = {"sub": creds.username, "iat": issued, "exp": issued + 900, "jti": uuid.uuid4().hex}
        return {"token_type": "bearer", "access_token": jwt.encode(claims, secret, algorithm="HS256")}

    @routes.post("/items", status_code=201)
    def add(new: NewItem):
        cur, _ = query("insert into product (title, cents) values (?, ?)", new.name, new.price_cents)
        return {"id": cur.lastrowid, "name": new.name, "price_cents": new.price_cents}

    @routes.get("/items")
    def everything():
        return [as_item(r) for r in query("select * from product order by pk")[1]]

    @routes.get("/items/{pk}")
    def one(pk: int):
        hit = cache.get(f"item:{pk}")
        if hit is not None:
            return json.loads(hit)
        rows = query("select * from product where pk = ?", pk)[1]
        if not rows:
            raise HTTPException(status_code=404, detail=f"No item {pk}")
        item = as_item(rows[0])
        cache.set(f"item:{pk}", json.dumps(item), ex=60)
        return item

    @routes.put("/items/{pk}")
    def replace(pk: int, new: NewItem):
        cache.delete(f"item:{pk}")
        cur, _ = query("update product set title = ?, cents = ? where pk = ?", new.name, new.price_cents, pk)
        if not cur.rowcount:
            raise HTTPException(status_code=404, detail=f"No item {pk}")
        return {"price_cents": new.price_cents, "name": new.name, "id": pk}

    @routes.delete("/items/{pk}")
    def remove(pk: int):
        cache.delete(f"item:{pk}")
        cur, _ = query("delete from product where pk = ?", pk)
        if not cur.rowcount:
            raise HTTPException(status_code=404, detail=f"No item {pk}")
        return Response(status_code=204)

    @routes.get("/summary")
    def summary():
        rows = query("select cents from product")[1]
        return {"items": len(rows), "total_cents": sum(r["cents"] for r in rows)}

    app = FastAPI()
    app.include_router(open_routes)
    app.include_router(routes)
    return app

"""Hidden check for day14/typed_fetcher_db: one line per case.

The catalog server (grader/catalog_server.py) runs in this process on 127.0.0.1 and
answers each product id with a canned response, good or broken. Nothing is timed:
every case waits for the learner's coroutine to finish and then looks at what it
returned, what the server was asked and which rows are in the SQLite file.
"""
import asyncio
import contextlib
import os
import sqlite3
import tempfile
import threading

import aiohttp

from catalog_server import DROP, Catalog, json_body, meet, raw_body
from pygrade_check import Check, Verdict, show
from pygrade_typecheck import report

check = Check()
mod = check.load("typed_fetcher.py")
if not check.need(mod, "Product", "FetchError", "fetch_product", "fetch_products", "save_products", "sync"):
    check.done()

catalog = Catalog()
BASE = catalog.base_url
catalog.set(1, json_body(200, {"id": 1, "name": "Widget", "price_cents": 250}))
catalog.set(2, json_body(200, {"id": 2, "name": "Zoë's café grinder", "price_cents": 12999}))
catalog.set(3, json_body(200, {"id": 3, "name": "Free sample", "price_cents": 0}))
catalog.set(4, json_body(200, {"id": 4, "name": "Gadget", "price_cents": 1000, "colour": "red"}))
catalog.set(20, json_body(500, {"error": "database on fire"}))
# 21 is not in the catalog: the server answers 404.
catalog.set(22, raw_body(200, '{"id": 22, "name": '))
catalog.set(23, json_body(200, [23, "Bolt", 5]))
catalog.set(24, json_body(200, {"id": 24, "name": "Nut"}))
catalog.set(25, json_body(200, {"id": 25, "name": "Washer", "price_cents": "250"}))
catalog.set(26, json_body(200, {"id": 26, "name": "Spring", "price_cents": True}))
catalog.set(27, DROP)
catalog.set(28, json_body(201, {"id": 28, "name": "Created", "price_cents": 10}))
catalog.set(29, json_body(403, {"id": 29, "name": "Forbidden", "price_cents": 10}))
catalog.set(30, json_body(200, {"id": "30", "name": "Text id", "price_cents": 10}))
catalog.set(31, json_body(200, {"id": True, "name": "Bool id", "price_cents": 10}))
catalog.set(32, json_body(200, {"id": 32, "name": 3232, "price_cents": 10}))
catalog.set(33, json_body(200, {"id": 33, "name": None, "price_cents": 10}))
catalog.set(34, json_body(200, {"id": 34, "name": "Half a cent", "price_cents": 10.5}))
catalog.set(35, json_body(200, None))
# Real seconds the requests 40-42 wait for each other at the server. Concurrent
# requests meet at once; only a fetcher that sends them one by one waits this out.
MEET_TIMEOUT = 5.0
OVERLAP = threading.Barrier(3, timeout=MEET_TIMEOUT)
for product_id in (40, 41, 42):
    catalog.set(product_id, meet(OVERLAP, json_body(200, {"id": product_id, "name": "Part " + str(product_id), "price_cents": product_id})))


def fetch_one(product_id):
    async def run():
        async with aiohttp.ClientSession() as session:
            return await mod.fetch_product(session, BASE, product_id)

    return asyncio.run(run())


def fetch_many(ids):
    catalog.take_hits()
    return asyncio.run(mod.fetch_products(BASE, ids))


def sessions_opened(ids):
    """fetch_products with aiohttp.ClientSession counted (however the module named it)."""
    opened = []
    real = aiohttp.ClientSession

    def counting(*args, **kwargs):
        opened.append(1)
        return real(*args, **kwargs)

    patched = [(aiohttp, "ClientSession")]
    if getattr(mod, "ClientSession", None) is real:
        patched.append((mod, "ClientSession"))
    for owner, name in patched:
        setattr(owner, name, counting)
    try:
        result = asyncio.run(mod.fetch_products(BASE, ids))
    finally:
        for owner, name in patched:
            setattr(owner, name, real)
    return show(result) + ", sessions opened: " + str(len(opened))


DB = os.path.join(tempfile.mkdtemp(), "shop.db")  # under the run's TMPDIR, never printed


def rows():
    with contextlib.closing(sqlite3.connect(DB)) as connection:
        return connection.execute("SELECT id, name, price_cents FROM products ORDER BY id").fetchall()


def synced(ids):
    failed = asyncio.run(mod.sync(BASE, ids, DB))
    return failed, rows()


def columns(path=None):
    """(name, not null, primary key) per column: the contract's table, types left to SQLite."""
    with contextlib.closing(sqlite3.connect(path or DB)) as connection:
        return [(row[1], row[3], row[5]) for row in connection.execute("PRAGMA table_info(products)")]


def saved_directly(products):
    path = os.path.join(tempfile.mkdtemp(), "direct.db")
    result = mod.save_products(path, products)
    if result is not None:
        raise Verdict("returned " + show(result) + ", expected None")
    with contextlib.closing(sqlite3.connect(path)) as connection:
        found = connection.execute("SELECT id, name, price_cents FROM products ORDER BY id").fetchall()
    return found, columns(path)


def changed_upstream():
    catalog.set(1, json_body(200, {"id": 1, "name": "Widget v2", "price_cents": 275}))
    catalog.set(2, json_body(503, {"error": "try later"}))
    return synced([1, 2])


FetchError = mod.FetchError
check.case("fetch_product(1)", lambda: fetch_one(1))
check.case("fetch_product(2)", lambda: fetch_one(2))
check.case("fetch_product(3)", lambda: fetch_one(3))
check.case("fetch_product(4), which has an extra key", lambda: fetch_one(4))
check.raises("fetch_product(20): status 500", lambda: fetch_one(20), FetchError)
check.raises("fetch_product(21): status 404", lambda: fetch_one(21), FetchError)
check.raises("fetch_product(22): body is not valid JSON", lambda: fetch_one(22), FetchError)
check.raises("fetch_product(23): body is a JSON list", lambda: fetch_one(23), FetchError)
check.raises("fetch_product(24): a field is missing", lambda: fetch_one(24), FetchError)
check.raises("fetch_product(25): price_cents is a string", lambda: fetch_one(25), FetchError)
check.raises("fetch_product(26): price_cents is true", lambda: fetch_one(26), FetchError)
check.raises("fetch_product(27): server hangs up without answering", lambda: fetch_one(27), FetchError)
check.raises("fetch_product(28): status 201 with a good body", lambda: fetch_one(28), FetchError)
check.raises("fetch_product(29): status 403 with a product-shaped body", lambda: fetch_one(29), FetchError)
check.raises("fetch_product(30): id is a string", lambda: fetch_one(30), FetchError)
check.raises("fetch_product(31): id is true", lambda: fetch_one(31), FetchError)
check.raises("fetch_product(32): name is a number", lambda: fetch_one(32), FetchError)
check.raises("fetch_product(33): name is null", lambda: fetch_one(33), FetchError)
check.raises("fetch_product(34): price_cents is 10.5", lambda: fetch_one(34), FetchError)
check.raises("fetch_product(35): body is JSON null", lambda: fetch_one(35), FetchError)
check.case("fetch_products(a generator of 4, 27, 1, 20, 3, 1)", lambda: fetch_many(x for x in [4, 27, 1, 20, 3, 1]))
# 27 is left out: aiohttp itself retries a GET once when the server hangs up.
check.case("requests per id made by that call, 27 aside", lambda: [hit for hit in catalog.take_hits() if hit[0] != 27])
check.case("fetch_products([41, 40, 42]), answered only once all 3 are asked at the same time",
           lambda: sessions_opened([41, 40, 42]), render=str)
check.case("fetch_products(a generator of nothing)", lambda: fetch_many(x for x in []))
check.case("save_products(a new file, a generator of 2 products): rows and columns",
           lambda: saved_directly(mod.Product(i, n, p) for i, n, p in [(9, "Nine", 9), (7, "Seven", 7)]))
check.case("save_products(a new file, []): rows and columns", lambda: saved_directly([]))
check.case("sync([1, 2, 3, 21]) and the rows", lambda: synced([1, 2, 3, 21]))
check.case("the same sync again and the rows", lambda: synced([1, 2, 3, 21]))
check.case("product 1 changed, 2 now fails: sync([1, 2]) and the rows", changed_upstream)
check.case("columns of the products table (name, not null, primary key)", columns)
report(check, "typed_fetcher.py")
check.done()

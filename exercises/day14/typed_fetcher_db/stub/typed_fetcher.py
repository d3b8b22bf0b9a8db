"""Day 14 — Weekly project: async fetcher with typed code + DB store.

Put the week together: fetch JSON concurrently with aiohttp, turn untrusted JSON into
typed values, store them in SQLite with an idempotent upsert, and keep the whole
module clean under `mypy --strict`.

  * One `aiohttp.ClientSession` per batch; `asyncio.gather(...)` (or a TaskGroup)
    runs the requests concurrently.
  * `await response.json()` returns `Any`: mypy cannot check it for you. Give it the
    type `object`, then narrow with isinstance checks before building a Product.
  * Upsert: `INSERT ... ON CONFLICT(id) DO UPDATE SET ...` inserts new rows and
    updates existing ones, so running the same sync twice changes nothing.
  * sqlite3 only writes what you commit (`with connection:` commits on success).

Contract (Product and FetchError are given; keep every signature):

async fetch_product(session, base_url, product_id) -> Product
    GET f"{base_url}/products/{product_id}" (base_url has no trailing slash).
    Success means: status 200 and a JSON object with "id" (int), "name" (str) and
    "price_cents" (int); other keys are ignored; bool does not count as int.
    Anything else raises FetchError: another status, a body that is not valid JSON,
    JSON of the wrong shape, or a network error (aiohttp.ClientError).

async fetch_products(base_url, ids) -> tuple[list[Product], list[int]]
    Fetch each distinct id once, concurrently, with one ClientSession. `ids` is any
    iterable (maybe a generator). Returns (the products sorted by id, the ids that
    failed with FetchError sorted). A failing id never stops the others.

save_products(db_path, products) -> None
    Open the SQLite file at db_path, create the table if it is missing:
        products(id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL)
    then insert or update one row per product, by id, and commit. Rows of other ids
    are left alone.

async sync(base_url, ids, db_path) -> list[int]
    fetch_products, then save_products with what was fetched; returns the failed
    ids. A product that fails this time keeps the row it already had.

The check also runs `mypy --strict` on this file: no `Any`, `cast`, `# type: ignore`.
"""

import asyncio
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import aiohttp


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    price_cents: int


class FetchError(Exception):
    """A product could not be fetched: bad status, bad JSON or a network error."""


async def fetch_product(session: aiohttp.ClientSession, base_url: str, product_id: int) -> Product:
    # Your code here: replace the line below.
    raise NotImplementedError("fetch_product")


async def fetch_products(base_url: str, ids: Iterable[int]) -> tuple[list[Product], list[int]]:
    # Your code here: replace the line below.
    raise NotImplementedError("fetch_products")


def save_products(db_path: str, products: Iterable[Product]) -> None:
    # Your code here: replace the line below.
    raise NotImplementedError("save_products")


async def sync(base_url: str, ids: Iterable[int], db_path: str) -> list[int]:
    # Your code here: replace the line below.
    raise NotImplementedError("sync")

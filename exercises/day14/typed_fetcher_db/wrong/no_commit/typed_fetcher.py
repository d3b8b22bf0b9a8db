"""Known-wrong: never commits, so closing the connection throws the rows away."""

import asyncio
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass

import aiohttp


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    price_cents: int


class FetchError(Exception):
    """A product could not be fetched: bad status, bad JSON or a network error."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL
)"""

UPSERT = """
INSERT INTO products (id, name, price_cents) VALUES (?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, price_cents = excluded.price_cents"""


def parse_product(payload: object) -> Product:
    """Narrow untrusted JSON to a Product, or raise FetchError."""
    if not isinstance(payload, dict):
        raise FetchError("expected a JSON object")
    product_id = payload.get("id")
    name = payload.get("name")
    price = payload.get("price_cents")
    # type(...) is int: isinstance would let True and False through as ints.
    if type(product_id) is not int or not isinstance(name, str) or type(price) is not int:
        raise FetchError("missing or mistyped fields")
    return Product(product_id, name, price)


async def fetch_product(session: aiohttp.ClientSession, base_url: str, product_id: int) -> Product:
    url = f"{base_url}/products/{product_id}"
    try:
        async with session.get(url) as response:
            if response.status != 200:
                raise FetchError(f"{url}: HTTP {response.status}")
            payload: object = await response.json(content_type=None)
    except (aiohttp.ClientError, ValueError) as exc:  # ValueError: invalid JSON
        raise FetchError(f"{url}: {exc!r}") from exc
    return parse_product(payload)


async def fetch_products(base_url: str, ids: Iterable[int]) -> tuple[list[Product], list[int]]:
    unique = sorted(set(ids))  # consume `ids` once: it may be a generator
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(
            *(fetch_product(session, base_url, product_id) for product_id in unique),
            return_exceptions=True,
        )
    products: list[Product] = []
    failed: list[int] = []
    for product_id, result in zip(unique, results):
        if isinstance(result, FetchError):
            failed.append(product_id)
        elif isinstance(result, BaseException):
            raise result  # a bug, not a failed fetch: do not hide it
        else:
            products.append(result)
    return products, failed


def save_products(db_path: str, products: Iterable[Product]) -> None:
    rows = [(product.id, product.name, product.price_cents) for product in products]
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(SCHEMA)
        connection.executemany(UPSERT, rows)


async def sync(base_url: str, ids: Iterable[int], db_path: str) -> list[int]:
    products, failed = await fetch_products(base_url, ids)
    await asyncio.to_thread(save_products, db_path, products)  # keep the loop free
    return failed

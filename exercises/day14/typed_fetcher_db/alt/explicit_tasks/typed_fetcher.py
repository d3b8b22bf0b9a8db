"""Day 14 — alternative: a TypedDict-free validator, explicit tasks, and a plain cursor."""

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


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


async def fetch_product(session: aiohttp.ClientSession, base_url: str, product_id: int) -> Product:
    try:
        response = await session.get(base_url + "/products/" + str(product_id))
        async with response:
            if response.status != 200:
                raise FetchError("status " + str(response.status))
            text = await response.text()
    except aiohttp.ClientError as error:
        raise FetchError(str(error)) from error
    import json

    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as error:
        raise FetchError("not JSON") from error
    if isinstance(data, dict):
        pid, name, price = data.get("id"), data.get("name"), data.get("price_cents")
        if isinstance(pid, int) and _is_int(pid) and isinstance(name, str) and isinstance(price, int) and _is_int(price):
            return Product(id=pid, name=name, price_cents=price)
    raise FetchError("unexpected JSON")


async def fetch_products(base_url: str, ids: Iterable[int]) -> tuple[list[Product], list[int]]:
    wanted = set(ids)
    products: list[Product] = []
    failed: list[int] = []
    async with aiohttp.ClientSession() as session:
        tasks = {pid: asyncio.ensure_future(fetch_product(session, base_url, pid)) for pid in wanted}
        for pid, task in tasks.items():
            try:
                products.append(await task)
            except FetchError:
                failed.append(pid)
    products.sort(key=lambda product: product.id)
    failed.sort()
    return products, failed


def save_products(db_path: str, products: Iterable[Product]) -> None:
    connection = sqlite3.connect(db_path)
    try:
        cursor = connection.cursor()
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS products ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL)"
        )
        for product in products:
            cursor.execute("UPDATE products SET name = ?, price_cents = ? WHERE id = ?",
                           (product.name, product.price_cents, product.id))
            if cursor.rowcount == 0:
                cursor.execute("INSERT INTO products (id, name, price_cents) VALUES (?, ?, ?)",
                               (product.id, product.name, product.price_cents))
        connection.commit()
    finally:
        connection.close()


async def sync(base_url: str, ids: Iterable[int], db_path: str) -> list[int]:
    products, failed = await fetch_products(base_url, ids)
    save_products(db_path, products)
    return failed

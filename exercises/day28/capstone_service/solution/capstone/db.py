"""Items storage: one SQLite file, opened per operation (reference solution)."""

import sqlite3
from contextlib import closing

PREFIX = "sqlite:///"


def _path(database_url):
    if not database_url.startswith(PREFIX):
        raise ValueError("only sqlite:/// URLs are supported, got " + database_url)
    return database_url[len(PREFIX):]


def _connect(database_url):
    conn = sqlite3.connect(_path(database_url))
    conn.row_factory = sqlite3.Row
    return conn


def _item(row):
    return {"id": row["id"], "name": row["name"], "price_cents": row["price_cents"]}


def init(database_url):
    with closing(_connect(database_url)) as conn, conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS items ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " name TEXT NOT NULL,"
            " price_cents INTEGER NOT NULL)"
        )


def create_item(database_url, name, price_cents):
    with closing(_connect(database_url)) as conn, conn:
        cur = conn.execute("INSERT INTO items (name, price_cents) VALUES (?, ?)", (name, price_cents))
        return {"id": cur.lastrowid, "name": name, "price_cents": price_cents}


def list_items(database_url):
    with closing(_connect(database_url)) as conn:
        return [_item(r) for r in conn.execute("SELECT * FROM items ORDER BY id")]


def get_item(database_url, item_id):
    with closing(_connect(database_url)) as conn:
        row = conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None


def update_item(database_url, item_id, name, price_cents):
    with closing(_connect(database_url)) as conn, conn:
        cur = conn.execute(
            "UPDATE items SET name = ?, price_cents = ? WHERE id = ?", (name, price_cents, item_id)
        )
        if cur.rowcount == 0:
            return None
        return {"id": item_id, "name": name, "price_cents": price_cents}


def delete_item(database_url, item_id):
    with closing(_connect(database_url)) as conn, conn:
        return conn.execute("DELETE FROM items WHERE id = ?", (item_id,)).rowcount > 0


def summary(database_url):
    with closing(_connect(database_url)) as conn:
        count, total = conn.execute("SELECT COUNT(*), COALESCE(SUM(price_cents), 0) FROM items").fetchone()
        return {"items": count, "total_cents": total}

"""Storage with the stdlib sqlite3: one connection, a lock, plain SQL."""

import sqlite3
import threading

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    salt BLOB NOT NULL,
    digest BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner INTEGER NOT NULL REFERENCES accounts(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
"""


class Taken(Exception):
    """The username is already registered."""


class Store:
    def __init__(self, database_url):
        prefix = "sqlite:///"
        if not database_url.startswith(prefix):
            raise ValueError("expected a sqlite:/// URL, got " + database_url)
        self._db = sqlite3.connect(database_url[len(prefix):], check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.executescript(SCHEMA)

    def _run(self, sql, *params):
        with self._lock, self._db:  # one statement at a time, committed at once
            cursor = self._db.execute(sql, params)
            return cursor, cursor.fetchall()

    def add_account(self, username, salt, digest):
        try:
            cursor, _ = self._run("INSERT INTO accounts (username, salt, digest) VALUES (?, ?, ?)",
                                  username, salt, digest)
        except sqlite3.IntegrityError:
            raise Taken(username) from None
        return cursor.lastrowid

    def account(self, *, username=None, account_id=None):
        column, value = ("username", username) if username is not None else ("id", account_id)
        _, rows = self._run(f"SELECT * FROM accounts WHERE {column} = ?", value)
        return rows[0] if rows else None

    def add_note(self, owner, title, body):
        cursor, _ = self._run("INSERT INTO notes (owner, title, body) VALUES (?, ?, ?)", owner, title, body)
        return {"id": cursor.lastrowid, "title": title, "body": body}

    def notes(self, owner):
        _, rows = self._run("SELECT id, title, body FROM notes WHERE owner = ? ORDER BY id", owner)
        return [dict(r) for r in rows]

    def note(self, owner, note_id):
        _, rows = self._run("SELECT id, title, body FROM notes WHERE id = ? AND owner = ?", note_id, owner)
        return dict(rows[0]) if rows else None

    def update_note(self, owner, note_id, title, body):
        cursor, _ = self._run("UPDATE notes SET title = ?, body = ? WHERE id = ? AND owner = ?",
                              title, body, note_id, owner)
        return {"id": note_id, "title": title, "body": body} if cursor.rowcount else None

    def delete_note(self, owner, note_id):
        cursor, _ = self._run("DELETE FROM notes WHERE id = ? AND owner = ?", note_id, owner)
        return cursor.rowcount > 0

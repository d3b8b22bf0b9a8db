"""Day 16 — SQLAlchemy ORM, sessions, transactions.

SQLAlchemy 2.x maps classes to tables declaratively: subclass a `DeclarativeBase`,
name the table, and annotate columns as `Mapped[...]` with `mapped_column(...)`.
`relationship(back_populates=...)` links two classes both ways, in memory too.

A `Session` is a unit of work: objects you `add` are INSERTed at the next `flush()`
(which `commit()` also does), all inside one database transaction that `commit()`
makes permanent and `rollback()` throws away. Whoever opens the transaction decides
when it ends; helpers that receive a session only add, flush and query.

  * `session.scalars(select(Book).where(...).order_by(...))` runs ONE query.
  * Touching `author.books` on an author loaded without it runs one more query per
    author (the "N+1" problem); `selectinload` / `joinedload` load it up front.
  * `with Session(engine) as session, session.begin():` commits when the block ends
    normally, rolls back if it raises, and closes the session either way.

Contract (keep every name; `Base` is given):

Author — table "authors"
    id: integer primary key. name: string, required, unique among authors.
    books: the author's Book objects, loaded ordered by year, then title.
    Deleting an author deletes its books; a book removed from `author.books` is
    deleted at the next flush (cascade "all, delete-orphan").
Book — table "books"
    id: integer primary key. title: string, required. year: integer, required.
    author_id: foreign key to authors.id, required. author: the Author.
    Author.books and Book.author are the two sides of ONE relationship: appending a
    book to `author.books` sets `book.author`, and setting `book.author` appends the
    book to `author.books`, before any flush. One author cannot have two books with
    the same title; two authors can.
    Breaking a rule (a required value missing, a duplicate) raises
    sqlalchemy.exc.IntegrityError when the session flushes.

add_author(session, name, books) -> Author
    `books` is any iterable (a generator too) of (title, year) pairs. Adds the author
    with those books, flushes (so ids are set, and a duplicate name raises
    IntegrityError from add_author itself) and returns the Author. Never commits.
books_by(session, author_name) -> list[Book]
    That author's books, ordered by year, then title; [] for an unknown name.
    Exactly one SQL query.
authors_with_counts(session) -> list[tuple[str, int]]
    (name, number of books) for every author, authors without books included; most
    books first, ties by name. Exactly one SQL query.
load_authors(session) -> list[Author]
    Every author, ordered by name, with `books` loaded: at most 2 SQL queries in
    all, and reading `author.books` afterwards runs none.
run_in_transaction(engine, work) -> the value work returned
    Opens a new Session on `engine`, calls `work(session)` and commits. If `work`
    or the commit raises, nothing `work` did is kept (rolled back) and the same
    exception propagates. The session is closed in every case.
"""

from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import DeclarativeBase, Session

T = TypeVar("T")


class Base(DeclarativeBase):
    pass


# Your code here: the Author and Book models, then the five functions.


def add_author(session: Session, name: str, books: Iterable[tuple[str, int]]) -> "Author":
    raise NotImplementedError("add_author")


def books_by(session: Session, author_name: str) -> "list[Book]":
    raise NotImplementedError("books_by")


def authors_with_counts(session: Session) -> list[tuple[str, int]]:
    raise NotImplementedError("authors_with_counts")


def load_authors(session: Session) -> "list[Author]":
    raise NotImplementedError("load_authors")


def run_in_transaction(engine: Engine, work: Callable[[Session], T]) -> T:
    raise NotImplementedError("run_in_transaction")

"""Day 16 — reference solution: declarative models, session helpers, one transaction."""

from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import Engine, ForeignKey, String, UniqueConstraint, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload

T = TypeVar("T")


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    books: Mapped[list["Book"]] = relationship(
        back_populates="author",
        cascade="all, delete-orphan",
        order_by="(Book.year, Book.title)",
    )


class Book(Base):
    __tablename__ = "books"
    __table_args__ = (UniqueConstraint("author_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    year: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")


def add_author(session: Session, name: str, books: Iterable[tuple[str, int]]) -> Author:
    author = Author(name=name, books=[Book(title=title, year=year) for title, year in books])
    session.add(author)
    session.flush()
    return author


def books_by(session: Session, author_name: str) -> list[Book]:
    query = (
        select(Book)
        .join(Book.author)
        .where(Author.name == author_name)
        .order_by(Book.year, Book.title)
    )
    return list(session.scalars(query))


def authors_with_counts(session: Session) -> list[tuple[str, int]]:
    count = func.count(Book.id)
    query = (
        select(Author.name, count)
        .outerjoin(Author.books)
        .group_by(Author.id)
        .order_by(count.desc(), Author.name)
    )
    return [(name, n) for name, n in session.execute(query)]


def load_authors(session: Session) -> list[Author]:
    query = select(Author).options(selectinload(Author.books)).order_by(Author.name)
    return list(session.scalars(query))


def run_in_transaction(engine: Engine, work: Callable[[Session], T]) -> T:
    with Session(engine) as session, session.begin():
        return work(session)

"""Alternative: classic Column() attributes, a backref, joinedload, a counting
subquery, and an explicit try/except transaction through a sessionmaker."""

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint, func, select
from sqlalchemy.orm import DeclarativeBase, Session, backref, joinedload, relationship, sessionmaker


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False, unique=True)


class Book(Base):
    __tablename__ = "books"
    __table_args__ = (UniqueConstraint("author_id", "title", name="uq_book_title_per_author"),)
    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    year = Column(Integer, nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id", ondelete="CASCADE"), nullable=False)
    author = relationship(
        Author,
        backref=backref(
            "books",
            cascade="all, delete-orphan",
            passive_deletes=True,
            order_by=(year, title),
        ),
    )


def add_author(session, name, books):
    author = Author(name=name)
    for title, year in books:
        author.books.append(Book(title=title, year=year))
    session.add(author)
    session.flush()
    return author


def books_by(session, author_name):
    rows = session.execute(
        select(Book)
        .where(Book.author_id == select(Author.id).where(Author.name == author_name).scalar_subquery())
        .order_by(Book.year.asc(), Book.title.asc())
    )
    return [book for (book,) in rows]


def authors_with_counts(session):
    per_author = (
        select(Book.author_id, func.count().label("n")).group_by(Book.author_id).subquery()
    )
    n = func.coalesce(per_author.c.n, 0)
    rows = session.execute(
        select(Author.name, n)
        .join(per_author, per_author.c.author_id == Author.id, isouter=True)
        .order_by(n.desc(), Author.name)
    ).all()
    return [tuple(row) for row in rows]


def load_authors(session):
    result = session.scalars(select(Author).options(joinedload(Author.books)).order_by(Author.name))
    return list(result.unique())


def run_in_transaction(engine, work):
    session = sessionmaker(bind=engine)()
    try:
        result = work(session)
        session.commit()
        return result
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

"""Hidden check for day16/sqlalchemy_orm: one line per case.

Every scenario gets a fresh SQLite file in the run directory (foreign keys enforced),
its tables made from the learner's Base.metadata (ordering cases: columns only, see
plain_metadata) and its rows seeded with Core INSERTs, so a broken helper never spoils
the data another case reads. Queries are
counted with the engine's `before_cursor_execute` event; each query helper runs in a
fresh Session, so nothing is served from an identity map that was already filled.
"""
import itertools
import os

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from pygrade_check import Check, show

check = Check()
mod = check.load("sqlalchemy_orm.py")
NAMES = ("Base", "Author", "Book", "add_author", "books_by", "authors_with_counts",
         "load_authors", "run_in_transaction")
if not check.need(mod, *NAMES):
    check.done()
Base, Author, Book = mod.Base, mod.Author, mod.Book
IntegrityError = sa_exc.IntegrityError

# -- engines -------------------------------------------------------------------------------
_numbers = itertools.count(1)


class Counter:
    """Counts the SQL statements an engine sends while `active`."""

    def __init__(self, engine):
        self.count = 0
        sa.event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *args):
        self.count += 1

    def take(self):
        n, self.count = self.count, 0
        return n


def _foreign_keys_on(dbapi_connection, record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def plain_metadata():
    """The learner's tables with their columns only: no unique constraints or indexes.
    Ordering cases use it, so that SQLite cannot return rows in the right order by
    accident (a scan of a (author_id, title) index yields them sorted by title)."""
    metadata = sa.MetaData()
    for table in Base.metadata.sorted_tables:
        sa.Table(table.name, metadata, *[
            sa.Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
            for c in table.columns
        ])
    return metadata


def fresh_engine(plain=False):
    """A new SQLite file in the run directory with the learner's tables."""
    name = "orm_check_" + str(next(_numbers)) + ".db"
    if os.path.exists(name):
        os.remove(name)
    engine = sa.create_engine("sqlite:///" + name)
    sa.event.listen(engine, "connect", _foreign_keys_on)
    (plain_metadata() if plain else Base.metadata).create_all(engine)
    return engine


# Authors in an order that is neither alphabetical nor by count, books in an order that
# is neither by year nor by title: ids never happen to give the right order.
AUTHORS = ["Pratchett", "Butler", "Zelazny", "Le Guin", "Adams", "Banks"]
BOOKS = {
    "Le Guin": [("The Dispossessed", 1974), ("Rocannon's World", 1966),
                ("The Left Hand of Darkness", 1969), ("Planet of Exile", 1966),
                ("A Wizard of Earthsea", 1968)],
    "Pratchett": [("Mort", 1987), ("The Colour of Magic", 1983), ("Guards! Guards!", 1989),
                  ("Equal Rites", 1987), ("Small Gods", 1992)],
    "Butler": [("Wild Seed", 1980), ("Kindred", 1979), ("Dawn", 1987)],
    "Adams": [("Mostly Harmless", 1992), ("Life, the Universe and Everything", 1982),
              ("So Long, and Thanks for All the Fish", 1984)],
}


def seeded_engine(plain=False):
    engine = fresh_engine(plain)
    authors, books = Base.metadata.tables["authors"], Base.metadata.tables["books"]
    ids = {name: i for i, name in enumerate(AUTHORS, start=1)}
    book_rows = []
    for name in ["Butler", "Le Guin", "Adams", "Pratchett"]:
        book_rows += [{"title": t, "year": y, "author_id": ids[name]} for t, y in BOOKS[name]]
    with engine.begin() as connection:
        connection.execute(authors.insert(), [{"id": i, "name": n} for n, i in ids.items()])
        connection.execute(books.insert(), book_rows)
    return engine


def scalar(engine, sql, **params):
    with engine.connect() as connection:
        return connection.execute(sa.text(sql), params).scalar()


def book_count(engine):
    return scalar(engine, "SELECT count(*) FROM books")


# -- rendering -----------------------------------------------------------------------------
def as_books(value, what):
    """Titles and years of a list of Book, or the text saying what came back."""
    if not isinstance(value, list):
        return None, "returned " + show(value) + ", expected a list of " + what
    if not all(isinstance(b, Book) for b in value):
        return None, "returned a list holding " + show(value[:3]) + ", expected Book objects"
    return [(b.title, b.year) for b in value], None


def case(label, thunk):
    check.case(label, thunk, render=str)


def rolled_back(session):
    try:
        session.rollback()
    except Exception:
        pass


# -- the schema ----------------------------------------------------------------------------
CONTRACT_COLUMNS = {"authors": ["id", "name"], "books": ["author_id", "id", "title", "year"]}


def table_columns():
    """The contract's tables and, of each, the contract's columns it has (more are
    allowed)."""
    tables = Base.metadata.tables
    return {name: sorted(c for c in tables[name].columns.keys() if c in CONTRACT_COLUMNS[name])
            if name in tables else "missing" for name in CONTRACT_COLUMNS}


schema_text = check.case("the contract's tables on Base.metadata and their columns", table_columns)
if schema_text != show(CONTRACT_COLUMNS):
    check.line("stopping: the other cases need these tables and columns")
    check.done()

# -- the relationship, in memory --------------------------------------------------------------


def appended_sets_author():
    author, book = Author(name="Octavia"), Book(title="Fledgling", year=2005)
    author.books.append(book)
    return "book.author is the author: " + str(book.author is author)


def author_set_appends():
    author = Author(name="Octavia")
    book = Book(title="Fledgling", year=2005, author=author)
    return "author.books is " + ("[that book]" if list(author.books) == [book] else show(list(author.books)))


case("append a new Book to a new Author's books, no session", appended_sets_author)
case("create a Book with author=<a new Author>, no session", author_set_appends)


def reloaded_order():
    engine = fresh_engine(plain=True)
    with Session(engine) as session:
        author = Author(name="Le Guin")
        for title, year in BOOKS["Le Guin"]:
            author.books.append(Book(title=title, year=year))
        session.add(author)
        session.commit()
    with Session(engine) as session:
        author = session.scalars(sa.select(Author)).one()
        books = [(b.title, b.year) for b in author.books]
        owner_ok = all(b.author is author for b in author.books)
    return show(books) + ", each book.author is that author: " + str(owner_ok)


case("5 books saved out of order, then author.books in a new session", reloaded_order)

# -- rules the database enforces ------------------------------------------------------------


def flush_raises(label, make):
    def run():
        engine = seeded_engine()
        with Session(engine) as session:
            try:
                session.add_all(make(session))
                session.flush()
            finally:
                rolled_back(session)
        return "flushed without an error"

    check.raises(label, run, IntegrityError)


def pratchett(session):
    return session.scalars(sa.select(Author).where(Author.name == "Pratchett")).one()


flush_raises("flush an Author without a name", lambda s: [Author()])
flush_raises("flush a Book without a title", lambda s: [Book(year=2001, author=pratchett(s))])
flush_raises("flush a Book without a year", lambda s: [Book(title="Snuff", author=pratchett(s))])
flush_raises("flush a Book without an author", lambda s: [Book(title="Snuff", year=2011)])
flush_raises("flush a second Author named like an existing one", lambda s: [Author(name="Butler")])
flush_raises("flush a Book whose author already has a book of that title",
             lambda s: [Book(title="Mort", year=2000, author=pratchett(s))])


def shared_title():
    engine = seeded_engine()
    with Session(engine) as session:
        butler = session.scalars(sa.select(Author).where(Author.name == "Butler")).one()
        session.add(Book(title="Mort", year=2000, author=butler))
        session.commit()
    return "books titled that: " + str(scalar(engine, "SELECT count(*) FROM books WHERE title = 'Mort'"))


case("commit a Book for another author with a title an author already has", shared_title)


def delete_author():
    engine = seeded_engine()
    before = book_count(engine)
    with Session(engine) as session:
        session.delete(session.scalars(sa.select(Author).where(Author.name == "Le Guin")).one())
        session.commit()
    left = scalar(engine, "SELECT count(*) FROM books WHERE author_id = 4")
    return "that author's books left: " + str(left) + ", books deleted: " + str(before - book_count(engine))


def remove_book():
    engine = seeded_engine()
    before = book_count(engine)
    with Session(engine) as session:
        butler = session.scalars(sa.select(Author).where(Author.name == "Butler")).one()
        kindred = [b for b in butler.books if b.title == "Kindred"]
        butler.books.remove(kindred[0])
        session.commit()
    left = scalar(engine, "SELECT count(*) FROM books WHERE title = 'Kindred'")
    return "rows titled that left: " + str(left) + ", books deleted: " + str(before - book_count(engine))


case("delete an author who has 5 books, commit", delete_author)
case("remove one book from author.books, commit", remove_book)

# -- add_author ------------------------------------------------------------------------------


def describe_added(author, session):
    if not isinstance(author, Author):
        return "returned " + show(author) + ", expected the Author"
    books = list(author.books)
    return ", ".join([
        "name " + show(author.name),
        "id set: " + str(isinstance(author.id, int)),
        "books " + show(sorted((b.title, b.year) for b in books)),
        "book ids set: " + str(all(isinstance(b.id, int) for b in books)),
        "in the session: " + str(author in session and all(b in session for b in books)),
    ])


def add_then(finish):
    engine = seeded_engine()
    with Session(engine) as session:
        try:
            titles = (pair for pair in [("Lord of Light", 1967), ("Isle of the Dead", 1969)])
            author = mod.add_author(session, "Zelazny's twin", titles)
            text = describe_added(author, session)
            finish(session)
        finally:
            rolled_back(session)
    return engine, text


def added():
    engine, text = add_then(lambda s: None)
    return text


def added_then_rolled_back():
    engine, _ = add_then(lambda s: s.rollback())
    count = scalar(engine, "SELECT count(*) FROM authors WHERE name = :n", n="Zelazny's twin")
    return "authors of that name in the database: " + str(count)


def added_then_committed():
    engine, _ = add_then(lambda s: s.commit())
    rows = scalar(engine, "SELECT count(*) FROM books JOIN authors ON authors.id = books.author_id"
                  " WHERE authors.name = :n", n="Zelazny's twin")
    return "that author's books in the database: " + str(rows)


def add_duplicate():
    engine = seeded_engine()
    with Session(engine) as session:
        try:
            return mod.add_author(session, "Banks", [("Excession", 1996)])
        finally:
            rolled_back(session)


case("add_author(session, name, a generator of 2 (title, year) pairs)", added)
case("the same, then the caller rolls back", added_then_rolled_back)
case("the same, then the caller commits", added_then_committed)
check.raises("add_author with a name another author has", add_duplicate, IntegrityError)

# -- query helpers ---------------------------------------------------------------------------
ENGINE = seeded_engine(plain=True)
COUNTER = Counter(ENGINE)


def query(fn, *args):
    """Run fn(session, *args) in a fresh session; return (result, queries it ran, session)."""
    session = Session(ENGINE)
    COUNTER.take()
    try:
        result = fn(session, *args)
    except BaseException:
        session.close()
        raise
    return result, COUNTER.take(), session


def books_by(name):
    result, queries, session = query(mod.books_by, name)
    with session:
        books, wrong = as_books(result, "Book")
        return wrong or show(books)


def books_by_queries():
    result, queries, session = query(mod.books_by, "Pratchett")
    session.close()
    return str(queries)


case("books_by(session, 'Le Guin')", lambda: books_by("Le Guin"))
case("books_by(session, 'Pratchett')", lambda: books_by("Pratchett"))
case("books_by(session, 'Banks'), who has no books", lambda: books_by("Banks"))
case("books_by(session, 'Nobody')", lambda: books_by("Nobody"))
case("SQL queries books_by ran for an author with 5 books", books_by_queries)


def counts():
    result, queries, session = query(mod.authors_with_counts)
    session.close()
    if not isinstance(result, list):
        return "returned " + show(result) + ", expected a list of (name, count) tuples"
    rows = [tuple(r) if isinstance(r, sa.Row) else r for r in result]
    return show(rows) + ", SQL queries: " + str(queries)


case("authors_with_counts(session)", counts)


def loaded():
    result, queries, session = query(mod.load_authors)
    with session:
        if not isinstance(result, list) or not all(isinstance(a, Author) for a in result):
            return "returned " + show(result) + ", expected a list of Author"
        names = [a.name for a in result]
        COUNTER.take()
        books = {a.name: [b.title for b in a.books] for a in result}
        later = COUNTER.take()
    ordered = all(books[n] == [t for t, _ in sorted(BOOKS.get(n, []), key=lambda p: (p[1], p[0]))]
                  for n in names)
    return ("names " + show(names) + ", each author's books in order: " + str(ordered)
            + ", at most 2 queries: " + str(queries <= 2) + ", queries reading books after: " + str(later))


case("load_authors(session)", loaded)

# -- run_in_transaction ----------------------------------------------------------------------


class Spy:
    """Work for run_in_transaction: records the session and what it touched."""

    def __init__(self, fail=None, duplicate=False):
        self.fail, self.duplicate = fail, duplicate
        self.session = self.loaded = None
        self.added = []

    def __call__(self, session):
        self.session = session
        self.loaded = session.scalars(sa.select(Author).where(Author.name == "Adams")).one()
        self.loaded.books.append(Book(title="The Salmon of Doubt", year=2002))
        self.added = [Author(name="Iain M."), Author(name="Banks" if self.duplicate else "Ursula")]
        session.add_all(self.added)
        if not self.duplicate:
            session.flush()
            session.execute(sa.update(Book).where(Book.title == "Dawn").values(year=1986))
        if self.fail is not None:
            raise self.fail
        return ["done", 42]

    def closed(self):
        objects = [o for o in [self.loaded, *self.added] if o is not None]
        try:
            return all(sa.inspect(o).detached or sa.inspect(o).transient for o in objects)
        except Exception:
            return False


def state(engine):
    """What of the work's changes the database kept."""
    kept = []
    if scalar(engine, "SELECT count(*) FROM authors WHERE name IN ('Iain M.', 'Ursula')"):
        kept.append("new authors")
    if scalar(engine, "SELECT count(*) FROM books WHERE title = 'The Salmon of Doubt'"):
        kept.append("new book")
    if scalar(engine, "SELECT year FROM books WHERE title = 'Dawn'") != 1987:
        kept.append("updated year")
    return show(kept)


def transaction(spy):
    engine = seeded_engine()
    try:
        result = mod.run_in_transaction(engine, spy)
        outcome = "returned " + show(result)
    except Exception as exc:
        if spy.fail is not None and exc is spy.fail:
            outcome = "raised the work's own " + type(exc).__name__
        else:
            outcome = "raised " + type(exc).__name__
    return outcome + ", changes kept: " + state(engine)


def closed_after(spy):
    engine = seeded_engine()
    try:
        mod.run_in_transaction(engine, spy)
    except Exception:
        pass
    if spy.session is None:
        return "work was never called"
    return "session closed: " + str(spy.closed())


case("run_in_transaction, work succeeds", lambda: transaction(Spy()))
case("run_in_transaction, work raises ValueError after a flush",
     lambda: transaction(Spy(fail=ValueError("no more books"))))
case("run_in_transaction, work breaks a unique rule (caught at commit)",
     lambda: transaction(Spy(duplicate=True)))
case("after a successful run_in_transaction", lambda: closed_after(Spy()))
case("after a run_in_transaction whose work raised",
     lambda: closed_after(Spy(fail=KeyError("missing"))))
check.done()

"""Items storage with the SQLAlchemy ORM (alternative: an engine per database URL)."""

from functools import lru_cache

from sqlalchemy import Integer, String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    price_cents: Mapped[int] = mapped_column(Integer)

    def as_dict(self):
        return {"id": self.id, "name": self.name, "price_cents": self.price_cents}


@lru_cache(maxsize=None)
def engine(database_url):
    return create_engine(database_url)


def init(database_url):
    Base.metadata.create_all(engine(database_url))


def session(database_url):
    return Session(engine(database_url), expire_on_commit=False)


def summary(database_url):
    with session(database_url) as s:
        count, total = s.execute(select(func.count(Item.id), func.coalesce(func.sum(Item.price_cents), 0))).one()
        return {"items": count, "total_cents": total}

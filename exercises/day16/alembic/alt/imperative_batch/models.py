"""Alternative: the table declared imperatively (Table/Column), mapped onto User."""

from sqlalchemy import Column, Index, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


users = Table(
    "users",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(50), nullable=False),
    Column("email", String(255), nullable=False),
    UniqueConstraint("username"),
    Index("ix_users_email", "email", unique=True),
)


class User(Base):
    __table__ = users

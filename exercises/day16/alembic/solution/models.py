"""Day 16 — reference solution: the User model at the head revision (0002)."""

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    # unique=True with index=True makes one unique index, named ix_users_email.
    email: Mapped[str] = mapped_column(String(255), unique=True, index=True)

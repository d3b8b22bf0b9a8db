"""Day 16 — Alembic migrations.

A migration is a versioned script that moves a database schema one step forward
(`upgrade()`) or back (`downgrade()`). Alembic keeps revisions in a chain: each names
the revision it builds on in `down_revision` (None for the first), and the database
records where it is in its `alembic_version` table. `alembic upgrade head` runs every
revision the database lacks, in order; `alembic downgrade base` undoes them all.

Models and migrations describe the same schema twice. `alembic check` compares them:
it autogenerates the difference between your models (env.py's `target_metadata`)
and the migrated database, and fails if there is any.

Your files, all in this folder:
  models.py                                this file: the User model at the head
  migrations/env.py                        connects and runs the revisions
  migrations/versions/0001_create_users.py
  migrations/versions/0002_add_email.py
  alembic.ini                              ready as it is: run `alembic upgrade head`,
                                           `alembic downgrade base`, `alembic check`

Contract
  0001 (the first revision) creates the table "users":
      id        INTEGER, primary key
      username  VARCHAR(50), NOT NULL, unique
    Its downgrade drops the table.
  0002 (follows 0001) adds the column
      email     VARCHAR(255), NOT NULL, with a unique index named "ix_users_email"
    Rows that already exist get email = username + "@example.com": a data
    migration (add the column nullable, fill it with an UPDATE, then make it NOT
    NULL). Its downgrade removes the index and the column and keeps every row.
  models.py: `User` (table "users"; attributes id, username, email) on `Base`,
    exactly the head schema, so that `alembic check` finds no difference.
  env.py: `target_metadata` is Base.metadata; it connects to the configuration's
    `sqlalchemy.url` (the check sets its own SQLite database there).

SQLite cannot change a column in place: `with op.batch_alter_table("users") as
batch:` lets you alter it anyway (Alembic copies the table for you).
"""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


# Your code here: the User model (table "users") as it is at revision 0002.

"""Alembic runs this file for every command: connect, then run the revisions.

Contract: `target_metadata` is your models' metadata (models.Base.metadata); connect
to the configuration's "sqlalchemy.url" (`config.get_main_option("sqlalchemy.url")`,
or `engine_from_config(config.get_section(config.config_ini_section), prefix=
"sqlalchemy.")`), then `context.configure(connection=..., target_metadata=...)` and
run the migrations inside `context.begin_transaction()`.
"""

from logging.config import fileConfig

from alembic import context

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# Your code here: what `alembic check` compares the database with.
target_metadata = None


def run_migrations_online() -> None:
    # Your code here: replace the line below.
    raise NotImplementedError("env.py: run_migrations_online")


run_migrations_online()

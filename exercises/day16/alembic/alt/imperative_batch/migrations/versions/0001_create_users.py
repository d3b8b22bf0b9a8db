"""create users (raw DDL)

Revision ID: 0001
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "CREATE TABLE users ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " username VARCHAR(50) NOT NULL,"
        " UNIQUE (username))"  # table-level: batch mode's reflection keeps it
    )


def downgrade():
    op.execute("DROP TABLE users")

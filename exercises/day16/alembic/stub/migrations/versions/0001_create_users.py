"""create users

Revision ID: 0001
Revises: (none: the first revision)

upgrade(): create the table "users" (see the contract in models.py).
downgrade(): drop it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Your code here: replace the line below (op.create_table, sa.Column, ...).
    raise NotImplementedError("0001 upgrade")


def downgrade() -> None:
    # Your code here: replace the line below.
    raise NotImplementedError("0001 downgrade")

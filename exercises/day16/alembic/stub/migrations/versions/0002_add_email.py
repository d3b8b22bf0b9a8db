"""add users.email

Revision ID: 0002
Revises: 0001

upgrade(): add users.email, fill it for the rows already there, then make it
NOT NULL and give it the unique index "ix_users_email" (see models.py).
downgrade(): remove the index and the column, keeping the rows.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
# Your code here: the revision this one builds on.
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Your code here: replace the line below.
    raise NotImplementedError("0002 upgrade")


def downgrade() -> None:
    # Your code here: replace the line below.
    raise NotImplementedError("0002 downgrade")

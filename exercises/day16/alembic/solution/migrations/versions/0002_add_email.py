"""add users.email

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 1. Add the column as nullable: the rows already there have no email yet.
    op.add_column("users", sa.Column("email", sa.String(255), nullable=True))
    # 2. The data migration: give every existing row its email.
    users = sa.table("users", sa.column("username", sa.String), sa.column("email", sa.String))
    op.execute(users.update().values(email=users.c.username + "@example.com"))
    # 3. Now tighten it. SQLite cannot ALTER a column: batch mode copies the table.
    with op.batch_alter_table("users") as batch:
        batch.alter_column("email", existing_type=sa.String(255), nullable=False)
        batch.create_index("ix_users_email", ["email"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_index("ix_users_email")
        batch.drop_column("email")

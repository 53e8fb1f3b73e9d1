"""import batches: an import can be withdrawn the same day; withdrawn cases indexed (the register's counts)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

IMPORTED = sa.text('import_batch_id IS NOT NULL')
WITHDRAWN = sa.text('deleted_at IS NOT NULL')


def upgrade() -> None:
    op.create_table(
        'import_batches',
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('imported_on', sa.Date(), nullable=False),
        sa.Column('user', sa.String(length=64), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('withdrawn_reason', sa.String(length=200), nullable=False),
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches')),
    )
    op.add_column('cases', sa.Column('import_batch_id', sa.String(length=32), nullable=True))
    op.create_index('ix_cases_import_batch', 'cases', ['import_batch_id'], sqlite_where=IMPORTED,
                    postgresql_where=IMPORTED)
    op.create_index('ix_cases_withdrawn', 'cases', ['deleted_at'], sqlite_where=WITHDRAWN,
                    postgresql_where=WITHDRAWN)


def downgrade() -> None:
    op.drop_index('ix_cases_withdrawn', 'cases')
    op.drop_index('ix_cases_import_batch', 'cases')
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('import_batch_id')
    op.drop_table('import_batches')

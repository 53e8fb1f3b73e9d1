"""sync: every synced row keeps the shared database's stamp; the outbox (filled by triggers), sync state and the
conflict inbox; trail entries that came from other PCs are marked

Every row of case data already in a file waits in the outbox to go up at its first sync.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SYNCED = ('cases', 'case_stages', 'stage_pauses', 'feedback_forms', 'feedback_steps', 'revisit_plans',
          'revisit_plan_items', 'revisits', 'supervision_notices', 'assessment_items', 'stations', 'rule_sets',
          'users', 'import_batches')
# Case data, parents first: what the outbox records.
CASE_TABLES = ('cases', 'case_stages', 'stage_pauses', 'revisit_plans', 'revisit_plan_items', 'revisits',
               'feedback_forms', 'feedback_steps', 'supervision_notices', 'assessment_items')


def upgrade() -> None:
    for table in SYNCED:
        op.add_column(table, sa.Column('sync_seq', sa.BigInteger(), nullable=True))
    op.add_column('audit_trail', sa.Column('origin', sa.String(length=48), nullable=False, server_default=''))
    op.create_table(
        'sync_outbox',
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=32), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('fields', sa.Text(), nullable=False),
        sa.Column('base_seq', sa.Integer(), nullable=True),
        sa.Column('op_id', sa.String(length=32), nullable=False),
        sa.Column('changed_at', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=64), nullable=False),
        sa.Column('error', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_outbox')),
    )
    op.create_table(
        'sync_state',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state')),
    )
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=32), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
        sa.Column('station_id', sa.String(length=32), nullable=True),
        sa.Column('mine', sa.Text(), nullable=False),
        sa.Column('mine_by', sa.String(length=64), nullable=False),
        sa.Column('mine_at', sa.String(length=32), nullable=False),
        sa.Column('theirs', sa.Text(), nullable=False),
        sa.Column('theirs_by', sa.String(length=64), nullable=False),
        sa.Column('theirs_at', sa.String(length=32), nullable=False),
        sa.Column('found_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolution', sa.String(length=8), nullable=False),
        sa.Column('resolved_by', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    )
    op.create_index(op.f('ix_sync_conflicts_row_id'), 'sync_conflicts', ['row_id'])
    if op.get_bind().dialect.name != 'sqlite':
        return  # the shared database has no outbox: services/sync/server.py gives it its stamps and op log
    from yekuo_desk.services.sync.outbox import enqueue_all, install_triggers

    install_triggers(op.get_bind(), list(CASE_TABLES))
    enqueue_all(op.get_bind(), list(CASE_TABLES))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for table in CASE_TABLES:
            for suffix in ('ai', 'au', 'ad'):
                op.execute(f'DROP TRIGGER IF EXISTS sync_{table}_{suffix}')
    op.drop_index(op.f('ix_sync_conflicts_row_id'), 'sync_conflicts')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_state')
    op.drop_table('sync_outbox')
    with op.batch_alter_table('audit_trail') as batch:
        batch.drop_column('origin')
    for table in SYNCED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('sync_seq')

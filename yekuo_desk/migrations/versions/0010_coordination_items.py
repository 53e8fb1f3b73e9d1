"""coordination items: the Friday meeting's items, carried over week to week until closed (issue 13)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

OPEN_ITEMS = sa.text('closed_on IS NULL AND deleted_at IS NULL')


def upgrade() -> None:
    op.create_table(
        'coordination_items',
        sa.Column('number', sa.String(length=24), nullable=False),
        sa.Column('raised_on', sa.Date(), nullable=False),
        sa.Column('subject', sa.Text(), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=True),
        sa.Column('owner', sa.String(length=40), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('decision', sa.Text(), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('outcome', sa.Text(), nullable=False),
        sa.Column('entered_by', sa.String(length=64), nullable=False),
        sa.Column('assessment_item_id', sa.String(length=32), nullable=True),
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('sync_seq', sa.BigInteger(), nullable=True),
        sa.Column('station_id', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_coordination_items_case_id_cases')),
        sa.ForeignKeyConstraint(['assessment_item_id'], ['assessment_items.id'],
                                name=op.f('fk_coordination_items_assessment_item_id_assessment_items')),
        sa.ForeignKeyConstraint(['station_id'], ['stations.id'],
                                name=op.f('fk_coordination_items_station_id_stations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_coordination_items')),
        sa.UniqueConstraint('number', name='uq_coordination_items_number'),
    )
    op.create_index('ix_coordination_items_raised', 'coordination_items', ['raised_on'])
    op.create_index('ix_coordination_items_open_due', 'coordination_items', ['due_on'], sqlite_where=OPEN_ITEMS,
                    postgresql_where=OPEN_ITEMS)
    op.create_index(op.f('ix_coordination_items_station_id'), 'coordination_items', ['station_id'])
    if op.get_bind().dialect.name == 'sqlite':
        from yekuo_desk.services.sync.outbox import install_triggers

        install_triggers(op.get_bind(), ['coordination_items'])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for suffix in ('ai', 'au', 'ad'):
            op.execute(f'DROP TRIGGER IF EXISTS sync_coordination_items_{suffix}')
    op.drop_index(op.f('ix_coordination_items_station_id'), 'coordination_items')
    op.drop_index('ix_coordination_items_open_due', 'coordination_items')
    op.drop_index('ix_coordination_items_raised', 'coordination_items')
    op.drop_table('coordination_items')

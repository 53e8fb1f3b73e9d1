"""users and roles; the trail keeps the PC's name; every recorded fact has its first word in the trail

Files from before facts entered the trail with their first value (and pauses, now kept on their own rows)
get a baseline entry for each fact the trail has no word on, so `audit verify` judges later edits only.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import Session


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('login', sa.String(length=40), nullable=False),
        sa.Column('full_name', sa.String(length=40), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('unit_id', sa.String(length=32), nullable=True),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('failed_logins', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['unit_id'], ['stations.id'], name=op.f('fk_users_unit_id_stations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
        sa.UniqueConstraint('login', name=op.f('uq_users_login')),
    )
    if 'host' not in {c['name'] for c in sa.inspect(op.get_bind()).get_columns('audit_trail')}:
        op.add_column('audit_trail', sa.Column('host', sa.String(length=64), nullable=False, server_default=''))
    op.create_index('ix_audit_trail_fact', 'audit_trail', ['row_id', 'field', 'seq'])
    if op.get_bind().dialect.name != 'sqlite':
        return  # the shared database starts empty: its facts enter the trail as they arrive
    from yekuo_desk.services.audit_check import baseline

    with Session(bind=op.get_bind()) as s:
        baseline(s)
        s.flush()


def downgrade() -> None:
    # The PC's name stays in the trail (an older version ignores the column): each entry's hash covers it.
    op.drop_index('ix_audit_trail_fact', 'audit_trail')
    op.drop_table('users')

"""the rules as the regulations say (issue 9): departments as responsible units, each stage's default unit,
whole-case targets, the acceptance flags and the missing-documents list, the complaint re-check limit

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TARGETED = sa.text('deleted_at IS NULL AND target_due IS NOT NULL')


def upgrade() -> None:
    # Plain ADD COLUMN only, never a batch copy of a table: on SQLite a copy would renumber the rowids that
    # the cases_fts index is keyed on, and could not drop a table other rows refer to.
    op.add_column('stations', sa.Column('kind', sa.String(length=12), nullable=False, server_default='station'))
    op.add_column('rule_limits', sa.Column('unit', sa.String(length=8), nullable=False, server_default=''))
    op.create_table(
        'rule_targets',
        sa.Column('rule_set_id', sa.String(length=32), nullable=False),
        sa.Column('scope', sa.String(length=24), nullable=False),
        sa.Column('days', sa.Integer(), nullable=False),
        sa.Column('unit', sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(['rule_set_id'], ['rule_sets.id'], name=op.f('fk_rule_targets_rule_set_id_rule_sets')),
        sa.PrimaryKeyConstraint('rule_set_id', 'scope', name=op.f('pk_rule_targets')),
    )
    op.add_column('cases', sa.Column('nonlinear_load', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('cases', sa.Column('arrears_checked', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('cases', sa.Column('missing_documents', sa.String(length=500), nullable=False, server_default=''))
    op.add_column('cases', sa.Column('target_due', sa.Date(), nullable=True))
    op.create_index('ix_cases_target_due', 'cases', ['target_due'], sqlite_where=TARGETED,
                    postgresql_where=TARGETED)
    op.add_column('feedback_forms', sa.Column('recheck_limit_days', sa.Integer(), nullable=True))
    op.add_column('feedback_forms', sa.Column('recheck_due', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feedback_forms') as batch_op:
        batch_op.drop_column('recheck_due')
        batch_op.drop_column('recheck_limit_days')
    op.drop_index('ix_cases_target_due', 'cases')
    with op.batch_alter_table('cases') as batch_op:
        for column in ('target_due', 'missing_documents', 'arrears_checked', 'nonlinear_load'):
            batch_op.drop_column(column)
    op.drop_table('rule_targets')
    with op.batch_alter_table('rule_limits') as batch_op:
        batch_op.drop_column('unit')
    with op.batch_alter_table('stations') as batch_op:
        batch_op.drop_column('kind')

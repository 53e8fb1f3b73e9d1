"""stage category: each stage row carries its case's category, and the meeting's figures have an index of
their own; the trail's row index that the fact index already covers is dropped

At bureau scale the year's stage figures looked up 230,000 cases by id and sorted the stages by category and
station (0.6 s of the dashboard's redraw). With the category on the stage row (kept in step by SQLite
triggers, services/stage_category.py) and an index by (stage, category, station, completed_on, …) the same
figures are read as ranges of one index, in the order they are grouped. ix_case_stages_stage_done returns to
(stage, completed_on), what the receipts of a day and the revisit lists look up. ix_audit_trail_row_id (row_id)
is the first column of ix_audit_trail_fact (row_id, field, seq): one index less to fill for every trail entry
a sync brings down; the fact index holds the entry's table and value too, so the trail's last word on a fact
is read from it alone (the check of the dates behind a year's connection figures: 0.8–1.2 → 0.45–0.9 s).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

MEETING = ['stage', 'category', 'station_id', 'completed_on', 'due_on', 'start_on', 'paused_days',
           'customer_cause', 'case_id', 'deleted_at']
FACT = ['row_id', 'field', 'seq', 'table_name', 'new_value']
STAGES_DONE_0011 = ['stage', 'completed_on', 'due_on', 'start_on', 'paused_days', 'customer_cause', 'case_id',
                    'deleted_at']


def upgrade() -> None:
    op.add_column('case_stages', sa.Column('category', sa.String(length=24), nullable=True))
    op.drop_index('ix_case_stages_stage_done', 'case_stages')
    op.drop_index('ix_audit_trail_row_id', 'audit_trail')
    op.drop_index('ix_audit_trail_fact', 'audit_trail')
    op.create_index('ix_audit_trail_fact', 'audit_trail', FACT)
    if op.get_bind().dialect.name == 'sqlite':
        from yekuo_desk.services.stage_category import install

        install(op.get_bind())
    else:  # the shared database: a copy for the record (each PC keeps its own in step)
        op.execute("UPDATE case_stages SET category = c.category FROM cases c WHERE c.id = case_stages.case_id")
    op.create_index('ix_case_stages_stage_done', 'case_stages', ['stage', 'completed_on'])
    op.create_index('ix_case_stages_meeting', 'case_stages', MEETING)


def downgrade() -> None:
    op.create_index('ix_audit_trail_row_id', 'audit_trail', ['row_id'])
    op.drop_index('ix_audit_trail_fact', 'audit_trail')
    op.create_index('ix_audit_trail_fact', 'audit_trail', FACT[:3])
    op.drop_index('ix_case_stages_meeting', 'case_stages')
    op.drop_index('ix_case_stages_stage_done', 'case_stages')
    if op.get_bind().dialect.name == 'sqlite':
        from yekuo_desk.services.stage_category import drop

        drop(op.get_bind())
        # (not a batch copy of the table: that would take the sync triggers with it)
        op.execute('ALTER TABLE case_stages DROP COLUMN category')
    else:
        op.drop_column('case_stages', 'category')
    op.create_index('ix_case_stages_stage_done', 'case_stages', STAGES_DONE_0011)

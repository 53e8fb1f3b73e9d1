"""meeting indexes: the stages completed in a period and the cases they belong to, read from indexes alone

The meeting's figures for a year read some 230,000 completed stages and their cases at bureau scale; with
every column they use in the index, SQLite reads no table page (2.6 s → under 1 s).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

STAGES_DONE = ['stage', 'completed_on', 'due_on', 'start_on', 'paused_days', 'customer_cause', 'case_id',
               'deleted_at']
CASES_MEETING = ['id', 'category', 'station_id', 'small_business', 'grid_works', 'accepted_on', 'deleted_at']


def upgrade() -> None:
    op.drop_index('ix_case_stages_stage_done', 'case_stages')
    op.create_index('ix_case_stages_stage_done', 'case_stages', STAGES_DONE)
    op.create_index('ix_cases_meeting', 'cases', CASES_MEETING)


def downgrade() -> None:
    op.drop_index('ix_cases_meeting', 'cases')
    op.drop_index('ix_case_stages_stage_done', 'case_stages')
    op.create_index('ix_case_stages_stage_done', 'case_stages', ['stage', 'completed_on'])
